namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// Why a sheet cannot be built, where a setting fixes it: the component that chose the settings names its parameter
/// (<see cref="Components.IAssets"/>); the task's message says what is wrong, never which flag to pass.
/// </summary>
public enum SheetProblem
{
    /// <summary>The input itself is wrong (an image, a name, a project): the message names the file and the fix.</summary>
    Input,

    /// <summary>The folder of sheet folders does not exist.</summary>
    SourceFolderMissing,

    /// <summary>The sheet asks for a texture format the built-in packer does not write.</summary>
    FormatNotBuiltIn,

    /// <summary>The sheet needs TexturePacker, which is not installed on this machine, and no cached result was found.</summary>
    TexturePackerMissing,

    /// <summary>The TexturePacker installed here is not the version the build pins.</summary>
    TexturePackerVersion,
}
