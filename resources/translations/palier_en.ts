<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>palier::Capacity</name>
    <message numerus="yes">
        <source>USL on %n stage(s), R² %1</source>
        <translation>
            <numerusform>USL on %n stage, R² %1</numerusform>
            <numerusform>USL on %n stages, R² %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not enough stages: %n user level(s), %1 needed</source>
        <translation>
            <numerusform>not enough stages: %n user level, %1 needed</numerusform>
            <numerusform>not enough stages: %n user levels, %1 needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::Db</name>
    <message numerus="yes">
        <source>Production monitoring, last %n day(s) (%1)
</source>
        <translation>
            <numerusform>Production monitoring, last day (%1)
</numerusform>
            <numerusform>Production monitoring, last %n days (%1)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searches per hour, last %n hour(s) (%1, time zone %2)
</source>
        <translation>
            <numerusform>Searches per hour, last hour (%1, time zone %2)
</numerusform>
            <numerusform>Searches per hour, last %n hours (%1, time zone %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision hint, last %n day(s) (%1): %2
</source>
        <translation>
            <numerusform>Decision hint, last day (%1): %2
</numerusform>
            <numerusform>Decision hint, last %n days (%1): %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>## Production monitoring, last %n day(s)

</source>
        <translation>
            <numerusform>## Production monitoring, last day

</numerusform>
            <numerusform>## Production monitoring, last %n days

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>## Searches per hour, last %n hour(s)

</source>
        <translation>
            <numerusform>## Searches per hour, last hour

</numerusform>
            <numerusform>## Searches per hour, last %n hours

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>## Production decision hint, last %n day(s)

</source>
        <translation>
            <numerusform>## Production decision hint, last day

</numerusform>
            <numerusform>## Production decision hint, last %n days

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::Findings</name>
    <message numerus="yes">
        <source>%1 (and %n more problem(s): %2)</source>
        <translation>
            <numerusform>%1 (and %n more problem: %2)</numerusform>
            <numerusform>%1 (and %n more problems: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::MonitoringClient</name>
    <message numerus="yes">
        <source>cannot connect, retrying in %n s</source>
        <translation>
            <numerusform>cannot connect, retrying in %n s</numerusform>
            <numerusform>cannot connect, retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::Report</name>
    <message numerus="yes">
        <source>Complete the window with %n more comparable run(s).</source>
        <translation>
            <numerusform>Complete the window with %n more comparable run.</numerusform>
            <numerusform>Complete the window with %n more comparable runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>## Production (last %n day(s))</source>
        <translation>
            <numerusform>## Production (last day)</numerusform>
            <numerusform>## Production (last %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- Busiest hour of the last %n hour(s): %1</source>
        <translation>
            <numerusform>- Busiest hour of the last hour: %1</numerusform>
            <numerusform>- Busiest hour of the last %n hours: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- Worst p95 hour of the last %n hour(s): %1</source>
        <translation>
            <numerusform>- Worst p95 hour of the last hour: %1</numerusform>
            <numerusform>- Worst p95 hour of the last %n hours: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>- No event in the last %n hour(s)</source>
        <translation>
            <numerusform>- No event in the last hour</numerusform>
            <numerusform>- No event in the last %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::Format</name>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::GridModel</name>
    <message numerus="yes">
        <source>%n red(s)</source>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n reds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orange(s)</source>
        <translation>
            <numerusform>%n orange</numerusform>
            <numerusform>%n oranges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Window (%n run(s))</source>
        <translation>
            <numerusform>Window (%n run)</numerusform>
            <numerusform>Window (%n runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::LoadProgress</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::LoadTestView</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in Problems</source>
        <translation>
            <numerusform>%n finding in Problems</numerusform>
            <numerusform>%n findings in Problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::MainWindow</name>
    <message numerus="yes">
        <source>Opened %n run(s).</source>
        <translation>
            <numerusform>Opened %n run.</numerusform>
            <numerusform>Opened %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::ProblemsModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation>
            <numerusform>%1 (and %n more like it)</numerusform>
            <numerusform>%1 (and %n more like it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::ProductionView</name>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No event in the last %n hour(s).</source>
        <translation>
            <numerusform>No event in the last hour.</numerusform>
            <numerusform>No event in the last %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No event in the last %n day(s).</source>
        <translation>
            <numerusform>No event in the last %n day.</numerusform>
            <numerusform>No event in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>palier::ui::SourcesModel</name>
    <message numerus="yes">
        <source>%n finding(s) in Problems</source>
        <translation>
            <numerusform>%n finding in Problems</numerusform>
            <numerusform>%n findings in Problems</numerusform>
        </translation>
    </message>
</context>
</TS>
