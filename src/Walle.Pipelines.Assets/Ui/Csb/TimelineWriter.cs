using Walle.Pipelines.Assets.Ui.Csd;

namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// The action timeline (NodeAction: duration, speed, one TimeLine per node and property, each with its frames and
/// easing) and the animation list (named frame ranges). Every timeline must target a node of the layout by action tag.
/// </summary>
internal static class TimelineWriter
{
    public static int Action(CsbBuilder b, CsdElement animation, Func<int, bool> hasNode, Func<CsdElement?, int, string, int> resource)
    {
        var timelines = new List<int>();
        foreach (var timeline in animation.Children("Timeline"))
        {
            var tag = timeline.Int("ActionTag");
            var property = timeline.Text("Property", "");
            if (!hasNode(tag))
                throw timeline.Error($"the '{property}' timeline animates action tag {tag}, which no node of the layout has. Remove the timeline in Cocos Studio or restore its node");
            var frames = timeline.Element.Elements().Select(f => Frame(b, new CsdElement(timeline.Layout, f), property, (file, what) => resource(file, tag, what))).ToList();
            var frameVector = b.Vector(frames);
            var propertyName = b.String(property);
            b.Start(3);
            b.Offset(0, propertyName);
            b.Int(1, tag);
            b.Offset(2, frameVector);
            timelines.Add(b.End());
        }
        var timelineVector = b.Vector(timelines);
        var current = b.String(animation.Text("ActivedAnimationName"));
        b.Start(4);
        b.Int(0, animation.Int("Duration"));
        b.Float(1, animation.Float("Speed"));
        b.Offset(2, timelineVector);
        b.Offset(3, current);
        return b.End();
    }

    /// <summary>The action of a layout without an animation: no timelines (the runtime reads the action of every layout).</summary>
    public static int NoAction(CsbBuilder b)
    {
        var timelines = b.Vector([]);
        var name = b.String("");
        b.Start(4);
        b.Offset(2, timelines);
        b.Offset(3, name);
        return b.End();
    }

    public static int AnimationList(CsbBuilder b, CsdElement list)
    {
        var infos = new List<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var info in list.Children("AnimationInfo"))
        {
            var name = info.Text("Name", "");
            if (!names.Add(name)) throw info.Error($"two animations are named '{name}'");
            var (start, end) = (info.Int("StartIndex"), info.Int("EndIndex"));
            if (end < start) throw info.Error($"animation '{name}' ends (frame {end}) before it starts (frame {start})");
            var nameOffset = b.String(name);
            b.Start(3);
            b.Offset(0, nameOffset);
            b.Int(1, start);
            b.Int(2, end);
            infos.Add(b.End());
        }
        return b.Vector(infos);
    }

    /// <summary>
    /// A Frame table with the one member the timeline's property selects, as the engine's serializer does
    /// (Position: point; Scale, RotationSkew, AnchorPoint: scale; CColor: colour; FileData: texture; FrameEvent:
    /// event; Alpha, ZOrder: int; VisibleForFrame: bool; ActionValue: inner action; BlendFunc: blend).
    /// </summary>
    private static int Frame(CsbBuilder b, CsdElement f, string property, Func<CsdElement?, string, int> resource)
    {
        var (slot, member) = property switch
        {
            "Position" => (0, Typed(b, f, () => b.Pair(2, (f.Float("X"), f.Float("Y"))), 0)),
            "Scale" or "RotationSkew" or "AnchorPoint" => (1, Typed(b, f, () => b.Pair(2, (f.Float("X"), f.Float("Y"))), 0)),
            // The engine writes colour frames opaque: alpha is animated by the Alpha timeline.
            "CColor" => (2, Typed(b, f, () => b.Color(2, f.Color("Color") with { A = 255 }), 0)),
            "FileData" => (3, TextureFrame(b, f, resource)),
            "FrameEvent" => (4, Typed(b, f, null, b.String(f.Text("Value", "")).Value)),
            "Alpha" or "ZOrder" => (5, Typed(b, f, () => b.Int(2, f.Int("Value")), 0)),
            "VisibleForFrame" => (6, Typed(b, f, () => b.Bool(2, f.Bool("Value", true), true), 0)),
            "ActionValue" => (7, InnerActionFrame(b, f)),
            "BlendFunc" => (8, Typed(b, f, () => b.Blend(2, f.BlendFunc()), 0)),
            _ => throw f.Error($"timeline property '{property}' is not one the runtime animates (Position, Scale, RotationSkew, AnchorPoint, " +
                               "CColor, Alpha, ZOrder, VisibleForFrame, FileData, FrameEvent, ActionValue, BlendFunc)"),
        };
        b.Start(9);
        b.Offset(slot, member);
        return b.End();
    }

    /// <summary>A frame table of the common shape: frameIndex, tween, value (a struct/scalar written by <paramref name="value"/>, or the offset <paramref name="valueOffset"/>), easing.</summary>
    private static int Typed(CsbBuilder b, CsdElement f, Action? value, int valueOffset)
    {
        var easing = Easing(b, f);
        b.Start(4);
        b.Int(0, f.Int("FrameIndex"));
        b.Bool(1, f.Bool("Tween", true), true);
        if (value is not null) value();
        else b.Offset(2, valueOffset);
        b.Offset(3, easing);
        return b.End();
    }

    private static int TextureFrame(CsbBuilder b, CsdElement f, Func<CsdElement?, string, int> resource)
    {
        var texture = resource(f.Child("TextureFile"), "texture frame image");
        return Typed(b, f, null, texture);
    }

    private static int InnerActionFrame(CsbBuilder b, CsdElement f)
    {
        var easing = Easing(b, f);
        var name = b.String(f.Text("CurrentAniamtionName") ?? f.Text("CurrentAnimationName"));
        b.Start(6);
        b.Int(0, f.Int("FrameIndex"));
        b.Bool(1, f.Bool("Tween", true), true);
        b.Int(2, f.Text("InnerActionType", "LoopAction") switch { "NoLoopAction" => 1, "SingleFrame" => 2, _ => 0 });
        b.Offset(3, name);
        b.Int(4, f.Int("SingleFrameIndex"));
        b.Offset(5, easing);
        return b.End();
    }

    /// <summary>EasingData: the tween type (0 linear, cocos2d-x tweenfunc numbering; -1 custom) and custom curve points.</summary>
    private static int Easing(CsbBuilder b, CsdElement f)
    {
        if (f.Child("EasingData") is not { } easing) return 0;
        var points = easing.Child("Points")?.Children("PointF").Select(p => (p.Float("X"), p.Float("Y"))).ToList() ?? [];
        var pointVector = 0;
        if (points.Count > 0)
        {
            b.Fb.StartVector(8, points.Count, 4);
            for (var i = points.Count - 1; i >= 0; i--)
            {
                b.Fb.Prep(4, 8);
                b.Fb.PutFloat(points[i].Item2);
                b.Fb.PutFloat(points[i].Item1);
            }
            pointVector = b.Fb.EndVector().Value;
        }
        b.Start(2);
        b.Int(0, easing.Int("Type"), -1);
        b.Offset(1, pointVector);
        return b.End();
    }
}
