<GameFile>
  <PropertyGroup Name="Dialog" Type="Layer" ID="6a1f0e2c-3b7d-4f51-9c2e-1d2b3c4d5e04" Version="3.10.0.0" />
  <Content ctype="GameProjectContent">
    <Content>
      <Animation Duration="45" Speed="1.0000" ActivedAnimationName="open">
        <Timeline ActionTag="4000002" Property="Scale">
          <ScaleFrame FrameIndex="0" X="0.3000" Y="0.3000">
            <EasingData Type="25" />
          </ScaleFrame>
          <ScaleFrame FrameIndex="20" X="1.0000" Y="1.0000">
            <EasingData Type="0" />
          </ScaleFrame>
          <ScaleFrame FrameIndex="30" X="1.0000" Y="1.0000">
            <EasingData Type="24" />
          </ScaleFrame>
          <ScaleFrame FrameIndex="45" X="0.3000" Y="0.3000">
            <EasingData Type="0" />
          </ScaleFrame>
        </Timeline>
        <Timeline ActionTag="4000002" Property="Alpha">
          <IntFrame FrameIndex="0" Value="0">
            <EasingData Type="0" />
          </IntFrame>
          <IntFrame FrameIndex="20" Value="255">
            <EasingData Type="0" />
          </IntFrame>
          <IntFrame FrameIndex="30" Value="255">
            <EasingData Type="0" />
          </IntFrame>
          <IntFrame FrameIndex="45" Value="0">
            <EasingData Type="0" />
          </IntFrame>
        </Timeline>
        <Timeline ActionTag="4000002" Property="VisibleForFrame">
          <BoolFrame FrameIndex="0" Tween="False" Value="True" />
          <BoolFrame FrameIndex="45" Tween="False" Value="False" />
        </Timeline>
        <Timeline ActionTag="4000002" Property="Position">
          <PointFrame FrameIndex="0" X="480.0000" Y="280.0000">
            <EasingData Type="-1">
              <Points>
                <PointF />
                <PointF X="0.2500" Y="0.1000" />
                <PointF X="0.2500" Y="1.0000" />
                <PointF X="1.0000" Y="1.0000" />
              </Points>
            </EasingData>
          </PointFrame>
          <PointFrame FrameIndex="20" X="480.0000" Y="320.0000">
            <EasingData Type="0" />
          </PointFrame>
        </Timeline>
        <Timeline ActionTag="4000003" Property="CColor">
          <ColorFrame FrameIndex="0" Alpha="255">
            <EasingData Type="0" />
            <Color A="255" R="255" G="200" B="120" />
          </ColorFrame>
          <ColorFrame FrameIndex="20" Alpha="255">
            <EasingData Type="0" />
            <Color A="255" R="255" G="255" B="255" />
          </ColorFrame>
        </Timeline>
        <Timeline ActionTag="4000004" Property="FileData">
          <TextureFrame FrameIndex="0" Tween="False">
            <TextureFile Type="PlistSubImage" Path="spark_0000.png" Plist="sheets/effects.plist" />
          </TextureFrame>
          <TextureFrame FrameIndex="10" Tween="False">
            <TextureFile Type="PlistSubImage" Path="spark_0001.png" Plist="sheets/effects.plist" />
          </TextureFrame>
          <TextureFrame FrameIndex="20" Tween="False">
            <TextureFile Type="PlistSubImage" Path="spark_0002.png" Plist="sheets/effects.plist" />
          </TextureFrame>
        </Timeline>
        <Timeline ActionTag="4000002" Property="FrameEvent">
          <EventFrame FrameIndex="20" Tween="False" Value="opened" />
          <EventFrame FrameIndex="45" Tween="False" Value="closed" />
        </Timeline>
      </Animation>
      <AnimationList>
        <AnimationInfo Name="open" StartIndex="0" EndIndex="20">
          <RenderColor A="255" R="255" G="250" B="205" />
        </AnimationInfo>
        <AnimationInfo Name="close" StartIndex="30" EndIndex="45">
          <RenderColor A="255" R="230" G="230" B="250" />
        </AnimationInfo>
      </AnimationList>
      <ObjectData Name="Dialog" Tag="50" ctype="GameLayerObjectData">
        <Size X="960.0000" Y="640.0000" />
        <Children>
          <AbstractNodeData Name="mask" ActionTag="4000001" Tag="51" IconVisible="False" TouchEnable="True" ClipAble="False" BackColorAlpha="160" ComboBoxIndex="1" ColorAngle="90.0000" PercentWidthEnable="True" PercentHeightEnable="True" ctype="PanelObjectData">
            <Size X="960.0000" Y="640.0000" />
            <AnchorPoint />
            <Position />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <PreSize X="1.0000" Y="1.0000" />
            <SingleColor A="255" R="0" G="0" B="0" />
            <FirstColor A="255" R="150" G="200" B="255" />
            <EndColor A="255" R="255" G="255" B="255" />
            <ColorVector ScaleY="1.0000" />
          </AbstractNodeData>
          <AbstractNodeData Name="box" ActionTag="4000002" Tag="52" IconVisible="False" Scale9Enable="True" LeftEage="12" RightEage="12" TopEage="12" BottomEage="12" Scale9OriginX="12" Scale9OriginY="12" Scale9Width="40" Scale9Height="40" ctype="ImageViewObjectData">
            <Size X="480.0000" Y="300.0000" />
            <Children>
              <AbstractNodeData Name="text_message" ActionTag="4000003" Tag="53" IconVisible="False" FontSize="22" LabelText="Leave the room?" IsCustomSize="True" AreaWidth="400" AreaHeight="120" HorizontalAlignmentType="HT_Center" VerticalAlignmentType="VT_Center" IsLocalized="True" ctype="TextObjectData">
                <Size X="400.0000" Y="120.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="240.0000" Y="180.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
              </AbstractNodeData>
              <AbstractNodeData Name="spark" ActionTag="4000004" Tag="54" IconVisible="False" ctype="SpriteObjectData">
                <Size X="48.0000" Y="48.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="40.0000" Y="260.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <FileData Type="PlistSubImage" Path="spark_0000.png" Plist="sheets/effects.plist" />
                <BlendFunc Src="770" Dst="1" />
              </AbstractNodeData>
              <AbstractNodeData Name="btn_yes" ActionTag="4000005" Tag="55" IconVisible="False" TouchEnable="True" FontSize="22" ButtonText="Yes" ShadowOffsetX="2.0000" ShadowOffsetY="-2.0000" CallBackType="Click" CallBackName="onYes" ctype="ButtonObjectData">
                <Size X="140.0000" Y="52.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="140.0000" Y="60.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <TextColor A="255" R="65" G="65" B="70" />
                <NormalFileData Type="PlistSubImage" Path="button_0000.png" Plist="sheets/ui.plist" />
                <PressedFileData Type="PlistSubImage" Path="button_0001.png" Plist="sheets/ui.plist" />
                <DisabledFileData Type="PlistSubImage" Path="button_0002.png" Plist="sheets/ui.plist" />
                <OutlineColor A="255" R="255" G="0" B="0" />
                <ShadowColor A="255" R="110" G="110" B="110" />
              </AbstractNodeData>
              <AbstractNodeData Name="btn_no" ActionTag="4000006" Tag="56" IconVisible="False" TouchEnable="True" FontSize="22" ButtonText="No" ShadowOffsetX="2.0000" ShadowOffsetY="-2.0000" CallBackType="Click" CallBackName="onNo" ctype="ButtonObjectData">
                <Size X="140.0000" Y="52.0000" />
                <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                <Position X="340.0000" Y="60.0000" />
                <Scale ScaleX="1.0000" ScaleY="1.0000" />
                <CColor A="255" R="255" G="255" B="255" />
                <TextColor A="255" R="65" G="65" B="70" />
                <NormalFileData Type="PlistSubImage" Path="button_0003.png" Plist="sheets/ui.plist" />
                <PressedFileData Type="PlistSubImage" Path="button_0004.png" Plist="sheets/ui.plist" />
                <DisabledFileData Type="PlistSubImage" Path="button_0005.png" Plist="sheets/ui.plist" />
                <OutlineColor A="255" R="255" G="0" B="0" />
                <ShadowColor A="255" R="110" G="110" B="110" />
              </AbstractNodeData>
            </Children>
            <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
            <Position X="480.0000" Y="320.0000" />
            <Scale ScaleX="1.0000" ScaleY="1.0000" />
            <CColor A="255" R="255" G="255" B="255" />
            <FileData Type="PlistSubImage" Path="button_0020.png" Plist="sheets/ui.plist" />
          </AbstractNodeData>
        </Children>
      </ObjectData>
    </Content>
  </Content>
</GameFile>
