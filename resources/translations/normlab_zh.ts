<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>我们的规则</translation>
    </message>
    <message>
        <source>because</source>
        <translation>因为</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>商定于%1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>请于%1前复查</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>我想说……</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>我同意___，因为……</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>我不同意，因为……</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>我想补充___的想法</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>你能解释一下……吗？</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>发言和回应卡</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>打印说明</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>按实际大小（100%）打印，不要“适合页面”。</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>使用卡纸（160–250克/平方米），卡片更耐用。</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>双面：沿长边翻转。</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>双面：沿短边翻转。</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>单面：无背面。</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>沿灰线剪下，或用%1毫米圆形打孔器打孔。</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>这条线长50毫米。如果更短或更长，说明打印机缩放了页面。</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>第%1套</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>因为这是规则</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>我们如何对待彼此</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>为了能讨论</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>为了从想法中学习</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>本次课程规则</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>暂停词</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>这里的每个人都有能力，也都想学习。犯错是正常的：我们就是这样学习的。这里说的话留在这里。</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>团队报告：%1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>规范：%1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>团队概况</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>灰色：目前持有 · 彩色：提议或已商定</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>操作层面</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>人际层面</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>讨论层面</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>观念层面</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>尚未审视：%1 · 仅以规则为依据：%2 · 仅表面改写：%3 · 存在差距：%4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>以前的措辞：%1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>从（目前持有）：%1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>到（已商定）：%1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>到（提议）：%1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>无理由</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>检查：无问题</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>尚未审视</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>仅以规则本身为依据</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>措辞改了，但理由没变</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>提议的理由尚无人认同</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>各方声音</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>谁在哪个维度给出理由（理由数量）：</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>（未注明角色）</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>尚未记录任何理由。</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>会议与决定</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>尚未记录任何会议。</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>出席%1人</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>废止</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>下次复查：%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>
