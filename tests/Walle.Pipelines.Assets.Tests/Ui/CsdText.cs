namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>Small layouts written as Cocos Studio saves them, for bad-input and widget tests.</summary>
internal static class CsdText
{
    public static string Layout(string children, string animation = "", string rootCtype = "GameLayerObjectData", string name = "Test") => $"""
        <GameFile>
          <PropertyGroup Name="{name}" Type="Layer" ID="00000000-0000-0000-0000-000000000001" Version="3.10.0.0" />
          <Content ctype="GameProjectContent">
            <Content>
        {animation}
              <ObjectData Name="{name}" Tag="1" ctype="{rootCtype}">
                <Size X="960.0000" Y="640.0000" />
                <Children>
        {children}
                </Children>
              </ObjectData>
            </Content>
          </Content>
        </GameFile>
        """;

    public static string Node(string name, string ctype, int actionTag, string inner = "", string attributes = "") => $"""
                  <AbstractNodeData Name="{name}" ActionTag="{actionTag}" Tag="{actionTag % 1000}" {attributes} ctype="{ctype}">
                    <Size X="100.0000" Y="40.0000" />
                    <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                    <Position X="{actionTag % 500}.0000" Y="100.0000" />
                    <Scale ScaleX="1.0000" ScaleY="1.0000" />
                    <CColor A="255" R="255" G="255" B="255" />
        {inner}
                  </AbstractNodeData>
        """;

    public static string Frame(string element, string path, string plist = "") =>
        plist.Length == 0
            ? $"""<{element} Type="Normal" Path="{path}" Plist="" />"""
            : $"""<{element} Type="PlistSubImage" Path="{path}" Plist="{plist}" />""";
}
