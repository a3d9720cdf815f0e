using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Components;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Components;

/// <summary>Turns the sheet tasks' typed errors into messages naming <see cref="IAssets"/>'s parameters.</summary>
internal static class SheetErrors
{
    /// <summary>The error with the parameter to fix named, or null when no parameter fixes it.</summary>
    public static Exception? Translate(Exception e) => e switch
    {
        SheetException { Failures.Count: > 1 } many when many.Failures.Any(f => Advice(f) is not null) =>
            new SheetException(SheetException.Describe(many.Failures, Explained), SheetProblem.Input, e),
        SheetException one when Advice(one) is not null => new SheetException(Explained(one), one.Problem, e),
        DockerEngineUnreachableException engine => DockerEngineAdvice.Explain(engine,
            "--sheet-docker-host (else --docker-host / DOCKER_HOST)", "--sheet-docker-cert-path (else --docker-cert-path / DOCKER_CERT_PATH)"),
        _ => null,
    };

    private static string Explained(Exception e) => Advice(e) is { } advice ? e.Message + " " + advice : e.Message;

    private static string? Advice(Exception e) => (e as SheetException)?.Problem switch
    {
        SheetProblem.SourceFolderMissing => "Or point --sheet-source-directory at your art folder.",
        SheetProblem.FormatNotBuiltIn => "Pack it with TexturePacker (--sheet-packer texturepacker), or set TextureFormat = Png in ConfigureSheet.",
        SheetProblem.TexturePackerMissing => "Or pack with Walle's built-in packer: --sheet-packer builtin.",
        SheetProblem.TexturePackerVersion => "Install the pinned version, or change the pin with --sheet-texture-packer-version.",
        _ => null,
    };
}
