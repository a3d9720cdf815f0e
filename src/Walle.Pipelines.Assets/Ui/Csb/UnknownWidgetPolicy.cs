namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>What the native exporter does with a node whose widget type it does not know.</summary>
public enum UnknownWidgetPolicy
{
    /// <summary>Fail the layout, naming the node and its type.</summary>
    Fail,

    /// <summary>Keep the node as a plain node (its transform, name, tag and children) and log a warning.</summary>
    KeepAsNode,
}
