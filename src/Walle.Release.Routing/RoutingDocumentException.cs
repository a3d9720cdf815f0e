using System;
using System.Collections.Generic;
using System.Linq;

namespace Walle.Release.Routing
{
    /// <summary>A routing document could not be read or is invalid; <see cref="Problems"/> lists every reason.</summary>
    public sealed class RoutingDocumentException : Exception
    {
        /// <summary>Creates the exception for a document named <paramref name="source"/> (a file, key or "document").</summary>
        public RoutingDocumentException(string source, IReadOnlyList<RoutingProblem> problems)
            : base($"Routing document {source} is invalid:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)))
        {
            Source = source;
            Problems = problems;
        }

        /// <summary>Where the document came from.</summary>
        public new string Source { get; }

        /// <summary>Everything wrong with it.</summary>
        public IReadOnlyList<RoutingProblem> Problems { get; }
    }
}
