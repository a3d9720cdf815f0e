<GameFile>
  <PropertyGroup Name="LobbyItem" Type="Node" ID="6a1f0e2c-3b7d-4f51-9c2e-1d2b3c4d5e02" Version="3.10.0.0" />
  <Content ctype="GameProjectContent">
    <Content>
      <Animation Duration="0" Speed="1.0000" />
      <ObjectData Name="LobbyItem" Tag="20" ctype="GameNodeObjectData">
        <Size X="0.0000" Y="0.0000" />
        <Children>
          <AbstractNodeData Name="item_bg" ActionTag="2000001" Tag="21" IconVisible="False" Scale9Enable="True" LeftEage="10" RightEage="10" TopEage="10" BottomEage="10" Scale9OriginX="10" Scale9OriginY="10" Scale9Width="44" Scale9Height="44" ctype="ImageViewObjectData">
            <Size X="600.0000" Y="96.0000" />
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="0.0000" Y="0.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <FileData Type="PlistSubImage" Path="button_0020.png" Plist="sheets/ui.plist" />
          </AbstractNodeData>
          <AbstractNodeData Name="hero_icon" ActionTag="2000002" Tag="22" IconVisible="False" ctype="SpriteObjectData">
            <Size X="80.0000" Y="80.0000" />
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="-250.0000" Y="0.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <FileData Type="PlistSubImage" Path="hero_0000.png" Plist="sheets/heroes.plist" />
            <BlendFunc Src="1" Dst="771" />
          </AbstractNodeData>
          <AbstractNodeData Name="text_name" ActionTag="2000003" Tag="23" IconVisible="False" FontSize="22" LabelText="Room 1" ctype="TextObjectData">
            <Size X="80.0000" Y="26.0000" />
            <AnchorPoint ScaleX="0.0000" ScaleY="0.5000" />
            <Position X="-190.0000" Y="14.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
          </AbstractNodeData>
          <AbstractNodeData Name="bar_players" ActionTag="2000004" Tag="24" IconVisible="False" ProgressInfo="60" ctype="LoadingBarObjectData">
            <Size X="200.0000" Y="16.0000" />
            <AnchorPoint ScaleX="0.0000" ScaleY="0.5000" />
            <Position X="-190.0000" Y="-18.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <ImageFileData Type="PlistSubImage" Path="button_0021.png" Plist="sheets/ui.plist" />
          </AbstractNodeData>
          <AbstractNodeData Name="btn_join" ActionTag="2000005" Tag="25" IconVisible="False" TouchEnable="True" FontSize="20" ButtonText="Join" ShadowOffsetX="2.0000" ShadowOffsetY="-2.0000" CallBackType="Click" CallBackName="onJoin" ctype="ButtonObjectData">
            <Size X="120.0000" Y="48.0000" />
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="220.0000" Y="0.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <TextColor A="255" R="65" G="65" B="70" />
            <NormalFileData Type="PlistSubImage" Path="button_0000.png" Plist="sheets/ui.plist" />
            <PressedFileData Type="PlistSubImage" Path="button_0001.png" Plist="sheets/ui.plist" />
            <DisabledFileData Type="PlistSubImage" Path="button_0002.png" Plist="sheets/ui.plist" />
            <OutlineColor A="255" R="255" G="0" B="0" />
            <ShadowColor A="255" R="110" G="110" B="110" />
          </AbstractNodeData>
        </Children>
        <AnchorPoint />
        <Position />
        <Scale ScaleX="1.0000" ScaleY="1.0000" />
        <CColor A="255" R="255" G="255" B="255" />
      </ObjectData>
    </Content>
  </Content>
</GameFile>
