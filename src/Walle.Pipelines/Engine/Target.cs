namespace Walle.Pipelines.Engine;

/// <summary>
/// A build target. Declare one as a property of a build class or a build component interface:
/// <c>Target Compile =&gt; _ =&gt; _.Executes(() =&gt; ...);</c>. The property name is the target name.
/// </summary>
public delegate ITargetDefinition Target(ITargetDefinition _);
