<GameFile>
  <PropertyGroup Name="Login" Type="Layer" ID="6a1f0e2c-3b7d-4f51-9c2e-1d2b3c4d5e01" Version="3.10.0.0" />
  <Content ctype="GameProjectContent">
    <Content>
      <Animation Duration="0" Speed="1.0000" />
      <ObjectData Name="Login" Tag="1" ctype="GameLayerObjectData">
        <Size X="960.0000" Y="640.0000" />
        <Children>
          <AbstractNodeData Name="background" ActionTag="1000001" Tag="2" IconVisible="False" ctype="SpriteObjectData">
            <Size X="64.0000" Y="64.0000" />
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="480.0000" Y="320.0000" />
            <Scale ScaleX="15.0000" ScaleY="10.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <FileData Type="Normal" Path="ui/login/icon_000.png" Plist="" />
            <BlendFunc Src="1" Dst="771" />
          </AbstractNodeData>
          <AbstractNodeData Name="panel_form" ActionTag="1000002" Tag="3" IconVisible="False" TouchEnable="True" ClipAble="False" BackColorAlpha="102" ComboBoxIndex="1" ColorAngle="90.0000" PositionPercentXEnabled="True" PositionPercentYEnabled="True" HorizontalEdge="BothEdge" LeftMargin="280.0000" RightMargin="280.0000" TopMargin="170.0000" BottomMargin="170.0000" ctype="PanelObjectData">
            <Size X="400.0000" Y="300.0000" />
            <Children>
              <AbstractNodeData Name="text_title" ActionTag="1000003" Tag="4" IconVisible="False" FontSize="28" LabelText="Welcome to Vega" HorizontalAlignmentType="HT_Center" OutlineEnabled="True" OutlineSize="2" ShadowOffsetX="2.0000" ShadowOffsetY="-2.0000" ctype="TextObjectData">
                <Size X="224.0000" Y="32.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="200.0000" Y="260.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="230" B="120" />
                <PrePosition X="0.5000" Y="0.8667" />
                <PreSize X="0.5600" Y="0.1067" />
                <OutlineColor A="255" R="60" G="30" B="0" />
                <ShadowColor A="255" R="110" G="110" B="110" />
              </AbstractNodeData>
              <AbstractNodeData Name="field_account" ActionTag="1000004" Tag="5" IconVisible="False" TouchEnable="True" FontSize="20" IsCustomSize="True" LabelText="" PlaceHolderText="Account" MaxLengthEnable="True" MaxLengthText="24" ctype="TextFieldObjectData">
                <Size X="300.0000" Y="36.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="200.0000" Y="190.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
              </AbstractNodeData>
              <AbstractNodeData Name="field_password" ActionTag="1000005" Tag="6" IconVisible="False" TouchEnable="True" FontSize="20" IsCustomSize="True" LabelText="" PlaceHolderText="Password" PasswordEnable="True" PasswordStyleText="*" MaxLengthEnable="True" MaxLengthText="32" ctype="TextFieldObjectData">
                <Size X="300.0000" Y="36.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="200.0000" Y="140.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
              </AbstractNodeData>
              <AbstractNodeData Name="btn_login" ActionTag="1000006" Tag="7" IconVisible="False" TouchEnable="True" FontSize="22" ButtonText="Log in" Scale9Enable="True" LeftEage="15" RightEage="15" TopEage="11" BottomEage="11" Scale9OriginX="15" Scale9OriginY="11" Scale9Width="34" Scale9Height="42" ShadowOffsetX="2.0000" ShadowOffsetY="-2.0000" CallBackType="Click" CallBackName="onLogin" ctype="ButtonObjectData">
                <Size X="180.0000" Y="56.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="110.0000" Y="60.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <TextColor A="255" R="65" G="65" B="70" />
                <DisabledFileData Type="PlistSubImage" Path="button_0002.png" Plist="sheets/ui.plist" />
                <PressedFileData Type="PlistSubImage" Path="button_0001.png" Plist="sheets/ui.plist" />
                <NormalFileData Type="PlistSubImage" Path="button_0000.png" Plist="sheets/ui.plist" />
                <OutlineColor A="255" R="255" G="0" B="0" />
                <ShadowColor A="255" R="110" G="110" B="110" />
              </AbstractNodeData>
              <AbstractNodeData Name="btn_guest" ActionTag="1000007" Tag="8" IconVisible="False" TouchEnable="True" FontSize="22" ButtonText="Play as guest" IsLocalized="True" ShadowOffsetX="2.0000" ShadowOffsetY="-2.0000" CallBackType="Click" CallBackName="onGuest" ctype="ButtonObjectData">
                <Size X="180.0000" Y="56.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="290.0000" Y="60.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <TextColor A="255" R="65" G="65" B="70" />
                <NormalFileData Type="PlistSubImage" Path="button_0003.png" Plist="sheets/ui.plist" />
                <PressedFileData Type="PlistSubImage" Path="button_0004.png" Plist="sheets/ui.plist" />
                <DisabledFileData Type="PlistSubImage" Path="button_0005.png" Plist="sheets/ui.plist" />
                <OutlineColor A="255" R="255" G="0" B="0" />
                <ShadowColor A="255" R="110" G="110" B="110" />
              </AbstractNodeData>
              <AbstractNodeData Name="check_remember" ActionTag="1000008" Tag="9" IconVisible="False" TouchEnable="True" CheckedState="True" ctype="CheckBoxObjectData">
                <Size X="32.0000" Y="32.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="60.0000" Y="105.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <NormalBackFileData Type="PlistSubImage" Path="button_0010.png" Plist="sheets/ui.plist" />
                <PressedBackFileData Type="PlistSubImage" Path="button_0011.png" Plist="sheets/ui.plist" />
                <DisableBackFileData Type="PlistSubImage" Path="button_0012.png" Plist="sheets/ui.plist" />
                <NodeNormalFileData Type="PlistSubImage" Path="button_0013.png" Plist="sheets/ui.plist" />
                <NodeDisableFileData Type="PlistSubImage" Path="button_0014.png" Plist="sheets/ui.plist" />
              </AbstractNodeData>
            </Children>
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="480.0000" Y="320.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <PrePosition X="0.5000" Y="0.5000" />
            <PreSize X="0.4167" Y="0.4688" />
            <SingleColor A="255" R="20" G="24" B="40" />
            <FirstColor A="255" R="150" G="200" B="255" />
            <EndColor A="255" R="255" G="255" B="255" />
            <ColorVector ScaleY="1.0000" />
          </AbstractNodeData>
          <AbstractNodeData Name="text_version" ActionTag="1000009" Tag="10" IconVisible="False" FontSize="14" LabelText="v1.0.0" ctype="TextObjectData">
            <Size X="48.0000" Y="16.0000" />
            <AnchorPoint ScaleX="1.0000" ScaleY="0.0000" />
            <Position X="950.0000" Y="8.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="200" G="200" B="200" />
          </AbstractNodeData>
        </Children>
      </ObjectData>
    </Content>
  </Content>
</GameFile>
