<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressField</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/widgets/address_field.py" line="+61"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/preview/checks.py" line="+160"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) found by Checks: see the Checks tab.</source>
        <translation>
            <numerusform>%n problem found by Checks: see the Checks tab.</numerusform>
            <numerusform>%n problems found by Checks: see the Checks tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/dashboard/pane.py" line="+305"/>
        <source>Updated {time} · %n users</source>
        <translation>
            <numerusform>Updated {time} · %n user</numerusform>
            <numerusform>Updated {time} · %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>Exported %n users to {path}</source>
        <translation>
            <numerusform>Exported %n user to {path}</numerusform>
            <numerusform>Exported %n users to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePartsEditor</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/widgets/file_parts.py" line="+202"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> — reading %n file(s)…</source>
        <translation>
            <numerusform> — reading %n file…</numerusform>
            <numerusform> — reading %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlView</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/preview/html_view.py" line="+127"/>
        <source>%n remote image(s) or other file(s) blocked.</source>
        <translation>
            <numerusform>%n remote image or other file blocked.</numerusform>
            <numerusform>%n remote images or other files blocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPane</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/journal/pane.py" line="+203"/>
        <source>%n send attempt(s).</source>
        <translation>
            <numerusform>%n send attempt.</numerusform>
            <numerusform>%n send attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/widgets/notice_area.py" line="+216"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPane</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/outbox/pane.py" line="+203"/>
        <source>Showing {shown} of %n message(s).</source>
        <translation>
            <numerusform>Showing {shown} of %n message.</numerusform>
            <numerusform>Showing {shown} of %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) in the sandbox outbox.</source>
        <translation>
            <numerusform>%n message in the sandbox outbox.</numerusform>
            <numerusform>%n messages in the sandbox outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Delete all %n message(s) from the sandbox&apos;s outbox? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message from the sandbox&apos;s outbox? This cannot be undone.</numerusform>
            <numerusform>Delete all %n messages from the sandbox&apos;s outbox? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWatcher</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/outbox/watcher.py" line="+94"/>
        <source>{title} (%n)</source>
        <translation>
            <numerusform>{title} (%n)</numerusform>
            <numerusform>{title} (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new message(s) not opened yet</source>
        <translation>
            <numerusform>%n new message not opened yet</numerusform>
            <numerusform>%n new messages not opened yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendQuestions</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/send_form/confirmation.py" line="+118"/>
        <source>Send {what} to &lt;b&gt;%n recipient(s)&lt;/b&gt;?&lt;br&gt;Profile: &lt;b&gt;{profile}&lt;/b&gt;&lt;br&gt;Endpoint: {endpoint}&lt;br&gt;When: {when}</source>
        <translation>
            <numerusform>Send {what} to &lt;b&gt;%n recipient&lt;/b&gt;?&lt;br&gt;Profile: &lt;b&gt;{profile}&lt;/b&gt;&lt;br&gt;Endpoint: {endpoint}&lt;br&gt;When: {when}</numerusform>
            <numerusform>Send {what} to &lt;b&gt;%n recipients&lt;/b&gt;?&lt;br&gt;Profile: &lt;b&gt;{profile}&lt;/b&gt;&lt;br&gt;Endpoint: {endpoint}&lt;br&gt;When: {when}</numerusform>
        </translation>
    </message>
</context>
</TS>
