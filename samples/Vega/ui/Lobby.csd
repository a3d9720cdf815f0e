<GameFile>
  <PropertyGroup Name="Lobby" Type="Layer" ID="6a1f0e2c-3b7d-4f51-9c2e-1d2b3c4d5e03" Version="3.10.0.0" />
  <Content ctype="GameProjectContent">
    <Content>
      <Animation Duration="0" Speed="1.0000" />
      <ObjectData Name="Lobby" Tag="30" ctype="GameLayerObjectData">
        <Size X="960.0000" Y="640.0000" />
        <Children>
          <AbstractNodeData Name="text_title" ActionTag="3000001" Tag="31" IconVisible="False" FontSize="30" LabelText="Lobby" HorizontalAlignmentType="HT_Center" VerticalAlignmentType="VT_Center" ctype="TextObjectData">
            <Size X="90.0000" Y="34.0000" />
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="480.0000" Y="600.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
          </AbstractNodeData>
          <AbstractNodeData Name="list_rooms" ActionTag="3000002" Tag="32" IconVisible="False" TouchEnable="True" ClipAble="True" BackColorAlpha="102" ComboBoxIndex="1" ColorAngle="90.0000" IsBounceEnabled="True" ItemMargin="8" DirectionType="Vertical" HorizontalType="Align_HorizontalCenter" ctype="ListViewObjectData">
            <Size X="600.0000" Y="480.0000" />
            <Children>
              <AbstractNodeData Name="room_0" ActionTag="3000010" Tag="40" IconVisible="True" InnerActionSpeed="1.0000" ctype="ProjectNodeObjectData">
                <Size X="600.0000" Y="96.0000" />
                <AnchorPoint />
                <Position X="300.0000" Y="400.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <FileData Type="Normal" Path="LobbyItem.csd" Plist="" />
              </AbstractNodeData>
              <AbstractNodeData Name="room_1" ActionTag="3000011" Tag="41" IconVisible="True" InnerActionSpeed="1.0000" ctype="ProjectNodeObjectData">
                <Size X="600.0000" Y="96.0000" />
                <AnchorPoint />
                <Position X="300.0000" Y="300.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <FileData Type="Normal" Path="LobbyItem.csd" Plist="" />
              </AbstractNodeData>
              <AbstractNodeData Name="room_2" ActionTag="3000012" Tag="42" IconVisible="True" InnerActionSpeed="1.0000" ctype="ProjectNodeObjectData">
                <Size X="600.0000" Y="96.0000" />
                <AnchorPoint />
                <Position X="300.0000" Y="200.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <FileData Type="Normal" Path="LobbyItem.csd" Plist="" />
              </AbstractNodeData>
            </Children>
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="480.0000" Y="300.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <SingleColor A="255" R="30" G="40" B="60" />
            <FirstColor A="255" R="150" G="150" B="255" />
            <EndColor A="255" R="255" G="255" B="255" />
            <ColorVector ScaleY="1.0000" />
          </AbstractNodeData>
          <AbstractNodeData Name="slider_volume" ActionTag="3000003" Tag="33" IconVisible="False" TouchEnable="True" PercentInfo="70" ctype="SliderObjectData">
            <Size X="200.0000" Y="14.0000" />
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="820.0000" Y="40.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <BackGroundData Type="PlistSubImage" Path="button_0030.png" Plist="sheets/ui.plist" />
            <ProgressBarData Type="PlistSubImage" Path="button_0031.png" Plist="sheets/ui.plist" />
            <BallNormalData Type="PlistSubImage" Path="button_0032.png" Plist="sheets/ui.plist" />
            <BallPressedData Type="PlistSubImage" Path="button_0033.png" Plist="sheets/ui.plist" />
            <BallDisabledData Type="PlistSubImage" Path="button_0034.png" Plist="sheets/ui.plist" />
          </AbstractNodeData>
        </Children>
      </ObjectData>
    </Content>
  </Content>
</GameFile>
