// SPDX-License-Identifier: GPL-3.0-or-later
// The stage monitoring commands of coalition-cli (stage, stage record|history,
// checklist answer|list, relationship set|list|history|remove, network), each
// call a separate process of the real executable, checked by its exit code,
// its output and the one line it writes to standard error when it refuses
// something. The assessment is made on a fixed day (--today) and changes are
// dated (--on) so that no result depends on the day the test runs.

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "clitest.h"

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

const QString Coalition = u"Riverside Neighbourhood Coalition"_s;
const QString Quiet = u"Quiet Coalition"_s; // no member, no record at all
const QString Eastgate = u"Eastgate Food Bank"_s;
const QString Tenants = u"Riverside Tenants' Union"_s;
const QString Library = u"Northside Library"_s;
const QString Harbor = u"Harbor Credit Union"_s; // never joins Riverside
const QString Today = u"2026-10-15"_s;

const QStringList Stages = {u"pre-formation"_s, u"formation"_s, u"implementation"_s,
                            u"maintenance"_s, u"institutionalization"_s};
const QStringList StartUpItems
    = {u"complex-issue"_s,   u"service-gap"_s,      u"shared-priority"_s, u"willing-partners"_s,
       u"joint-ownership"_s, u"shared-resources"_s, u"real-commitment"_s};

// Every criterion of a `stage --format json` answer, by id.
QHash<QString, QJsonObject> criteriaById(const QJsonObject &assessment)
{
    QHash<QString, QJsonObject> criteria;
    for (const QJsonValue &stage : assessment.value(u"stages"_s).toArray()) {
        for (const QJsonValue &criterion : stage.toObject().value(u"criteria"_s).toArray())
            criteria.insert(criterion.toObject().value(u"id"_s).toString(), criterion.toObject());
    }
    return criteria;
}

QJsonObject stageOf(const QJsonObject &assessment, const QString &key)
{
    for (const QJsonValue &stage : assessment.value(u"stages"_s).toArray()) {
        if (stage.toObject().value(u"stage"_s).toString() == key)
            return stage.toObject();
    }
    return {};
}

} // namespace

class TestCliStage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndDispatch();
    void stageJsonShape();
    void stageText();
    void checklistFlipsCriterion();
    void checklistList();
    void stageRecordAndHistory();
    void relationshipLifecycle();
    void relationshipDisagreement();
    void networkFormats();
    void demoWorkspace();
    void refusals_data();
    void refusals();

private:
    CliRun on(const QStringList &arguments) const
    {
        return runCli(arguments + QStringList{u"--db"_s, m_db}, m_dir->path());
    }
    QString ok(const QStringList &arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QJsonObject assess(const QString &coalition) const
    {
        return json({u"stage"_s, u"--coalition"_s, coalition, u"--today"_s, Today});
    }

    QTemporaryDir m_shared;
    QString m_seeded; // registry, two coalitions, members, a founding decision; made once
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QString TestCliStage::ok(const QStringList &arguments) const
{
    const CliRun run = on(arguments);
    if (const QString problem = successProblem(run); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    return run.outText();
}

QJsonObject TestCliStage::json(const QStringList &arguments) const
{
    const CliRun run = on(arguments + QStringList{u"--format"_s, u"json"_s});
    if (const QString problem = successProblem(run); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return document.object();
}

void TestCliStage::initTestCase()
{
    QVERIFY(QFileInfo(QString::fromUtf8(COALITION_CLI_PATH)).isExecutable());
    QVERIFY(m_shared.isValid());
    m_seeded = m_shared.filePath(u"seeded.coalition"_s);
    QList<QStringList> setup = {
        {u"init"_s, m_seeded},
        {u"org"_s, u"add"_s, u"--name"_s, Eastgate, u"--sector"_s, u"nonprofit"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Tenants, u"--sector"_s, u"community-group"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Library, u"--sector"_s, u"public-agency"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Harbor, u"--sector"_s, u"business"_s},
        {u"coalition"_s, u"add"_s, u"--name"_s, Coalition, u"--type"_s, u"ongoing-coalition"_s,
         u"--start"_s, u"2026-01-10"_s},
        {u"coalition"_s, u"add"_s, u"--name"_s, Quiet, u"--type"_s, u"information-network"_s},
    };
    for (const QString &org : {Eastgate, Tenants, Library})
        setup.append({u"member"_s, u"add"_s, u"--coalition"_s, Coalition, u"--org"_s, org,
                      u"--status"_s, u"active"_s, u"--joined"_s, u"2026-01-10"_s});
    setup += QList<QStringList>{
        {u"body"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s, u"full-membership"_s,
         u"--name"_s, u"General Assembly"_s},
        {u"meeting"_s, u"add"_s, u"--body"_s, u"General Assembly"_s, u"--coalition"_s, Coalition,
         u"--at"_s, u"2026-02-10 18:30"_s, u"--scheduled-on"_s, u"2026-01-25"_s},
        {u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Eastgate},
        {u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Tenants},
        {u"decision"_s, u"add"_s, u"--meeting"_s, u"1"_s, u"--title"_s, u"Found the coalition"_s,
         u"--area"_s, u"other"_s},
    };
    for (const QStringList &arguments : setup) {
        const QStringList line = arguments.first() == u"init"_s
            ? arguments
            : arguments + QStringList{u"--db"_s, m_seeded};
        QVERIFY_NO_PROBLEM(successProblem(runCli(line, m_shared.path())));
    }
}

void TestCliStage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"test.coalition"_s);
    QVERIFY(QFile::copy(m_seeded, m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliStage::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

void TestCliStage::helpAndDispatch()
{
    // "stage" works alone and has subcommands: --help on each form.
    const CliRun alone = on({u"stage"_s, u"--help"_s});
    QVERIFY_NO_PROBLEM(successProblem(alone));
    QVERIFY2(alone.outText().startsWith(u"Usage: coalition-cli stage --coalition"_s),
             qPrintable(alone.outText()));
    QVERIFY(alone.outText().contains(u"stage record"_s));
    QVERIFY(alone.outText().contains(u"--today"_s));
    for (const QString &subcommand : {u"record"_s, u"history"_s}) {
        const CliRun help = on({u"stage"_s, subcommand, u"--help"_s});
        QVERIFY_NO_PROBLEM(successProblem(help));
        QVERIFY2(help.outText().startsWith(u"Usage: coalition-cli stage "_s + subcommand),
                 qPrintable(help.outText()));
    }
    // --db may stand between the command words.
    const CliRun between
        = runCli({u"stage"_s, u"--db"_s, m_db, u"history"_s, u"--help"_s}, m_dir->path());
    QVERIFY_NO_PROBLEM(successProblem(between));
    QVERIFY(between.outText().startsWith(u"Usage: coalition-cli stage history"_s));

    // A coalition whose name is a subcommand's stays an option value.
    QVERIFY(!ok({u"coalition"_s, u"add"_s, u"--name"_s, u"history"_s, u"--type"_s, u"campaign"_s,
                 u"--end"_s, u"2027-01-31"_s})
                 .isEmpty());
    const QJsonObject named
        = json({u"stage"_s, u"--coalition"_s, u"history"_s, u"--today"_s, Today});
    QCOMPARE(named.value(u"suggested"_s).toString(), u"pre-formation"_s);

    // The groups list their subcommands; without one, a usage error names them.
    const QList<std::pair<QString, QStringList>> groups = {
        {u"checklist"_s, {u"answer"_s, u"list"_s}},
        {u"relationship"_s, {u"set"_s, u"list"_s, u"history"_s, u"remove"_s}},
    };
    for (const auto &[group, subcommands] : groups) {
        const CliRun help = on({group, u"--help"_s});
        QVERIFY_NO_PROBLEM(successProblem(help));
        for (const QString &subcommand : subcommands) {
            QVERIFY2(help.outText().contains(u"  "_s + group + u' ' + subcommand + u' '),
                     qPrintable(help.outText()));
            const CliRun one = on({group, subcommand, u"--help"_s});
            QVERIFY_NO_PROBLEM(successProblem(one));
            QVERIFY(
                one.outText().startsWith(u"Usage: coalition-cli "_s + group + u' ' + subcommand));
        }
        QVERIFY_NO_PROBLEM(refusalProblem(on({group}), UsageError, {group, subcommands.first()}));
    }
    const CliRun network = on({u"network"_s, u"--help"_s});
    QVERIFY_NO_PROBLEM(successProblem(network));
    QVERIFY(network.outText().contains(u"graphml"_s));
}

void TestCliStage::stageJsonShape()
{
    const QJsonObject assessment = assess(Quiet);
    QVERIFY(!assessment.isEmpty());
    const QSet<QString> required
        = {u"recorded"_s, u"suggested"_s, u"stages"_s, u"missing_for_next"_s};
    const QSet<QString> allowed
        = required + QSet<QString>{u"reasons"_s, u"warnings"_s, u"type_fit"_s};
    for (const QString &key : required)
        QVERIFY2(assessment.contains(key), qPrintable(key));
    for (const QString &key : assessment.keys())
        QVERIFY2(allowed.contains(key), qPrintable(u"unexpected key "_s + key));

    // An empty coalition: nothing recorded, pre-formation suggested.
    QVERIFY(assessment.value(u"recorded"_s).isNull());
    QCOMPARE(assessment.value(u"suggested"_s).toString(), u"pre-formation"_s);

    const QJsonArray stages = assessment.value(u"stages"_s).toArray();
    QCOMPARE(stages.size(), 5);
    const QSet<QString> statuses = {u"met"_s, u"not_met"_s, u"unanswered"_s};
    QSet<QString> ids;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QVERIFY(stages.at(i).isObject());
        const QJsonObject stage = stages.at(i).toObject();
        QCOMPARE(stage.value(u"stage"_s).toString(), Stages.at(i));
        QVERIFY(stage.value(u"met"_s).isDouble());
        QVERIFY(stage.value(u"total"_s).isDouble());
        QVERIFY(stage.value(u"criteria"_s).isArray());
        const QJsonArray criteria = stage.value(u"criteria"_s).toArray();
        QVERIFY2(!criteria.isEmpty(), qPrintable(Stages.at(i)));
        QCOMPARE(stage.value(u"total"_s).toInt(), criteria.size());
        int met = 0;
        for (const QJsonValue &value : criteria) {
            QVERIFY(value.isObject());
            const QJsonObject criterion = value.toObject();
            for (const QString &key : {u"id"_s, u"label"_s, u"status"_s, u"evidence"_s})
                QVERIFY2(criterion.value(key).isString(), qPrintable(key));
            QVERIFY(!criterion.value(u"id"_s).toString().isEmpty());
            QVERIFY(!criterion.value(u"label"_s).toString().isEmpty());
            const QString status = criterion.value(u"status"_s).toString();
            QVERIFY2(statuses.contains(status), qPrintable(status));
            if (status == u"met"_s)
                ++met;
            QVERIFY2(!ids.contains(criterion.value(u"id"_s).toString()),
                     qPrintable(criterion.value(u"id"_s).toString()));
            ids.insert(criterion.value(u"id"_s).toString());
        }
        QCOMPARE(stage.value(u"met"_s).toInt(), met);
    }

    // The seven start-up questions are pre-formation's, unanswered so far.
    const QHash<QString, QJsonObject> criteria = criteriaById(assessment);
    const QJsonArray preFormation
        = stageOf(assessment, u"pre-formation"_s).value(u"criteria"_s).toArray();
    QStringList preFormationIds;
    for (const QJsonValue &c : preFormation)
        preFormationIds.append(c.toObject().value(u"id"_s).toString());
    for (const QString &item : StartUpItems) {
        QVERIFY2(preFormationIds.contains(item), qPrintable(item));
        QCOMPARE(criteria.value(item).value(u"status"_s).toString(), u"unanswered"_s);
    }

    // Missing for the next stage: exactly the unmet criteria of the suggested
    // one, in order, by label.
    QVERIFY(assessment.value(u"missing_for_next"_s).isArray());
    QStringList unmet;
    for (const QJsonValue &c : preFormation) {
        if (c.toObject().value(u"status"_s).toString() != u"met"_s)
            unmet.append(c.toObject().value(u"label"_s).toString());
    }
    QCOMPARE(stringsIn(assessment.value(u"missing_for_next"_s)), unmet);

    // The explanations are lists of sentences; the type fit has its fields.
    for (const QString &key : {u"reasons"_s, u"warnings"_s}) {
        QVERIFY2(assessment.value(key).isArray(), qPrintable(key));
        for (const QJsonValue &line : assessment.value(key).toArray())
            QVERIFY(line.isString());
    }
    QVERIFY(!assessment.value(u"reasons"_s).toArray().isEmpty());
    QVERIFY(assessment.value(u"warnings"_s).toArray().isEmpty()); // nothing recorded
    QVERIFY(assessment.value(u"type_fit"_s).isArray());
    for (const QJsonValue &item : assessment.value(u"type_fit"_s).toArray()) {
        const QJsonObject fit = item.toObject();
        for (const QString &key : {u"aspect"_s, u"label"_s, u"expected"_s, u"found"_s})
            QVERIFY2(fit.value(key).isString(), qPrintable(key));
        QVERIFY(fit.value(u"fits"_s).isBool());
    }
}

void TestCliStage::stageText()
{
    const QString text = ok({u"stage"_s, u"--coalition"_s, Coalition, u"--today"_s, Today});
    QVERIFY2(text.startsWith(u"Stage assessment of "_s + Coalition + u" on "_s + Today),
             qPrintable(text));
    QVERIFY(text.contains(u"Recorded stage:  none yet"_s));
    QVERIFY(text.contains(u"Suggested stage: Pre-formation"_s));
    for (const QString &label : {u"Pre-formation"_s, u"Formation"_s, u"Implementation"_s,
                                 u"Maintenance"_s, u"Institutionalization"_s})
        QVERIFY2(text.contains(u'\n' + label + u' '), qPrintable(label));
    QVERIFY(text.contains(u"not substantially met"_s));
    QVERIFY(text.contains(u"  [?] "_s)); // the unanswered start-up questions
    QVERIFY(text.contains(u"  [ ] "_s));
    QVERIFY(text.contains(u"\nMissing for the next stage:\n"_s));
    QVERIFY(text.contains(u"\nWhy this stage:\n"_s));
    // Every criterion's evidence is printed under it.
    const QJsonObject assessment = assess(Coalition);
    for (const QJsonObject &criterion : criteriaById(assessment)) {
        const QString evidence = criterion.value(u"evidence"_s).toString();
        QVERIFY2(text.contains(criterion.value(u"label"_s).toString()),
                 qPrintable(criterion.value(u"id"_s).toString()));
        if (!evidence.isEmpty())
            QVERIFY2(text.contains(u"      "_s + evidence.section(u'\n', 0, 0)),
                     qPrintable(evidence));
    }
}

void TestCliStage::checklistFlipsCriterion()
{
    const auto statusOf = [this](const QString &id) {
        return criteriaById(assess(Coalition)).value(id).value(u"status"_s).toString();
    };
    QCOMPARE(statusOf(u"complex-issue"_s), u"unanswered"_s);

    const QString answered
        = ok({u"checklist"_s, u"answer"_s, u"--coalition"_s, Coalition, u"--item"_s,
              u"complex-issue"_s, u"--answer"_s, u"yes"_s, u"--note"_s,
              u"Housing, health and jobs meet here"_s, u"--on"_s, u"2026-02-01"_s});
    QVERIFY2(answered.contains(u"(complex-issue)"_s) && answered.contains(u": yes."_s),
             qPrintable(answered));
    QCOMPARE(statusOf(u"complex-issue"_s), u"met"_s);
    QCOMPARE(statusOf(u"service-gap"_s), u"unanswered"_s); // the others stay

    QVERIFY(!ok({u"checklist"_s, u"answer"_s, u"--coalition"_s, Coalition, u"--item"_s,
                 u"complex-issue"_s, u"--answer"_s, u"No"_s})
                 .isEmpty());
    QCOMPARE(statusOf(u"complex-issue"_s), u"not_met"_s);

    QVERIFY(!ok({u"checklist"_s, u"answer"_s, u"--coalition"_s, Coalition, u"--item"_s,
                 u"complex-issue"_s, u"--answer"_s, u"unanswered"_s})
                 .isEmpty());
    QCOMPARE(statusOf(u"complex-issue"_s), u"unanswered"_s);

    // One coalition's answers are not another's.
    QCOMPARE(criteriaById(assess(Quiet)).value(u"complex-issue"_s).value(u"status"_s).toString(),
             u"unanswered"_s);

    // All seven start-up questions answered yes lift pre-formation's count by seven.
    const int before = stageOf(assess(Coalition), u"pre-formation"_s).value(u"met"_s).toInt();
    for (const QString &item : StartUpItems)
        QVERIFY(!ok({u"checklist"_s, u"answer"_s, u"--coalition"_s, Coalition, u"--item"_s, item,
                     u"--answer"_s, u"yes"_s})
                     .isEmpty());
    const QJsonObject after = assess(Coalition);
    QCOMPARE(stageOf(after, u"pre-formation"_s).value(u"met"_s).toInt(), before + 7);
    for (const QString &label : stringsIn(after.value(u"missing_for_next"_s)))
        QVERIFY2(!label.isEmpty(), "a missing criterion without a label");
}

void TestCliStage::checklistList()
{
    QVERIFY(!ok({u"checklist"_s, u"answer"_s, u"--coalition"_s, Coalition, u"--item"_s,
                 u"shared-priority"_s, u"--answer"_s, u"yes"_s, u"--note"_s,
                 u"The tenants' survey ranks it first"_s, u"--on"_s, u"2026-02-03"_s})
                 .isEmpty());
    // A later answer without --note keeps the note.
    QVERIFY(!ok({u"checklist"_s, u"answer"_s, u"--coalition"_s, Coalition, u"--item"_s,
                 u"shared-priority"_s, u"--answer"_s, u"yes"_s, u"--on"_s, u"2026-02-05"_s})
                 .isEmpty());

    const QJsonObject list = json({u"checklist"_s, u"list"_s, u"--coalition"_s, Coalition});
    QCOMPARE(list.value(u"coalition"_s).toString(), Coalition);
    const QJsonArray items = list.value(u"items"_s).toArray();
    QCOMPARE(list.value(u"total"_s).toInt(), items.size());
    QCOMPARE(list.value(u"answered"_s).toInt(), 1);

    // Every checklist criterion of the assessment is listed, in stage order.
    const QJsonObject assessment = assess(Coalition);
    QStringList expectedIds;
    for (const QJsonValue &stage : assessment.value(u"stages"_s).toArray()) {
        for (const QJsonValue &c : stage.toObject().value(u"criteria"_s).toArray()) {
            const QString status = c.toObject().value(u"status"_s).toString();
            const QString id = c.toObject().value(u"id"_s).toString();
            if (status == u"unanswered"_s || id == u"shared-priority"_s)
                expectedIds.append(id);
        }
    }
    QStringList ids;
    int previousStage = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        ids.append(item.value(u"id"_s).toString());
        const int stage = static_cast<int>(Stages.indexOf(item.value(u"stage"_s).toString()));
        QVERIFY2(stage >= previousStage, qPrintable(item.value(u"id"_s).toString()));
        previousStage = stage;
        QVERIFY(!item.value(u"label"_s).toString().isEmpty());
        if (item.value(u"id"_s).toString() == u"shared-priority"_s) {
            QCOMPARE(item.value(u"answer"_s).toString(), u"yes"_s);
            QCOMPARE(item.value(u"note"_s).toString(), u"The tenants' survey ranks it first"_s);
            QCOMPARE(item.value(u"answered_on"_s).toString(), u"2026-02-05"_s);
        } else {
            QCOMPARE(item.value(u"answer"_s).toString(), u"unanswered"_s);
            QVERIFY(item.value(u"answered_on"_s).isNull());
        }
    }
    QCOMPARE(ids, expectedIds);
    for (const QString &item : StartUpItems)
        QVERIFY2(ids.contains(item), qPrintable(item));

    const QString text = ok({u"checklist"_s, u"list"_s, u"--coalition"_s, Coalition});
    QVERIFY2(text.startsWith(u"Checklist of "_s + Coalition + u": 1 of "_s), qPrintable(text));
    QVERIFY(text.contains(u"\nPre-formation\n"_s));
    QVERIFY(text.contains(u"  [x] "_s));
    QVERIFY(text.contains(u"(shared-priority)"_s));
    QVERIFY(text.contains(u"yes, on 2026-02-05: The tenants' survey ranks it first"_s));
    QVERIFY(text.contains(u"  [?] "_s));
    QVERIFY(text.contains(u"      unanswered\n"_s));
}

void TestCliStage::stageRecordAndHistory()
{
    const QString later = ok({u"stage"_s, u"record"_s, u"--coalition"_s, Coalition, u"--stage"_s,
                              u"implementation"_s, u"--rationale"_s,
                              u"Action groups started their plans"_s, u"--on"_s, u"2026-09-01"_s});
    QVERIFY2(later.startsWith(u"Recorded stage change 1: "_s + Coalition
                              + u" is in Implementation from 2026-09-01."_s),
             qPrintable(later));
    // Ahead of the evidence: recorded, with a note that says so.
    QVERIFY2(later.contains(u"\nNote: "_s), qPrintable(later));

    // An earlier entry, linked to the founding decision by its title.
    const QString earlier
        = ok({u"stage"_s, u"record"_s, u"--coalition"_s, Coalition, u"--stage"_s, u"Formation"_s,
              u"--rationale"_s, u"The founding meeting approved the coalition"_s, u"--on"_s,
              u"2026-02-10"_s, u"--decision"_s, u"Found the coalition"_s});
    QVERIFY2(earlier.startsWith(u"Recorded stage change 2: "_s), qPrintable(earlier));
    QVERIFY2(earlier.contains(u"Implementation, from 2026-09-01"_s), qPrintable(earlier));

    const QJsonObject history = json({u"stage"_s, u"history"_s, u"--coalition"_s, Coalition});
    QCOMPARE(history.value(u"coalition"_s).toString(), Coalition);
    QCOMPARE(history.value(u"recorded"_s).toString(), u"implementation"_s);
    const QJsonArray entries = history.value(u"history"_s).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(u"stage"_s).toString(), u"formation"_s);
    QCOMPARE(first.value(u"on"_s).toString(), u"2026-02-10"_s);
    QCOMPARE(first.value(u"rationale"_s).toString(),
             u"The founding meeting approved the coalition"_s);
    QCOMPARE(first.value(u"decision_id"_s).toInt(), 1);
    QCOMPARE(first.value(u"decision"_s).toObject().value(u"title"_s).toString(),
             u"Found the coalition"_s);
    const QJsonObject second = entries.at(1).toObject();
    QCOMPARE(second.value(u"stage"_s).toString(), u"implementation"_s);
    QVERIFY(second.value(u"decision"_s).isNull());

    const QString text = ok({u"stage"_s, u"history"_s, u"--coalition"_s, Coalition});
    QVERIFY(text.indexOf(u"2026-02-10  Formation"_s) >= 0);
    QVERIFY(text.indexOf(u"2026-02-10  Formation"_s)
            < text.indexOf(u"2026-09-01  Implementation"_s));
    QVERIFY(text.contains(u"Rationale: Action groups started their plans"_s));
    QVERIFY(text.contains(u"Decision: 1, “Found the coalition”"_s));
    QVERIFY(text.contains(u"← recorded stage"_s));

    // The assessment shows the recorded stage and warns that it is ahead.
    const QJsonObject assessment = assess(Coalition);
    QCOMPARE(assessment.value(u"recorded"_s).toString(), u"implementation"_s);
    QVERIFY(assessment.value(u"suggested"_s).toString() != u"implementation"_s);
    QVERIFY(!assessment.value(u"warnings"_s).toArray().isEmpty());
    const QString stageText = ok({u"stage"_s, u"--coalition"_s, Coalition, u"--today"_s, Today});
    QVERIFY2(stageText.contains(u"Recorded stage:  Implementation, since 2026-09-01"_s),
             qPrintable(stageText));
    QVERIFY(stageText.contains(u"\nWarnings:\n"_s));

    // Nothing recorded elsewhere.
    QVERIFY(ok({u"stage"_s, u"history"_s, u"--coalition"_s, Quiet})
                .contains(u"No stage is recorded"_s));
    QVERIFY(
        json({u"stage"_s, u"history"_s, u"--coalition"_s, Quiet}).value(u"recorded"_s).isNull());

    // A decision of another coalition is refused, and nothing is recorded.
    QVERIFY_NO_PROBLEM(refusalProblem(
        on({u"stage"_s, u"record"_s, u"--coalition"_s, Quiet, u"--stage"_s, u"formation"_s,
            u"--rationale"_s, u"Borrowed decision"_s, u"--decision"_s, u"1"_s}),
        Failure));
    QVERIFY(json({u"stage"_s, u"history"_s, u"--coalition"_s, Quiet})
                .value(u"history"_s)
                .toArray()
                .isEmpty());
}

void TestCliStage::relationshipLifecycle()
{
    const QString added = ok({u"relationship"_s, u"set"_s, Eastgate, Tenants, u"--level"_s,
                              u"networking"_s, u"--trust"_s, u"some"_s, u"--since"_s,
                              u"2024-05-01"_s, u"--notes"_s, u"Met at the housing forum"_s});
    QVERIFY2(added.startsWith(u"Added relationship 1: "_s), qPrintable(added));
    QVERIFY(added.contains(u"networking, some trust, since 2024-05-01"_s));

    // Named the other way round, it is the same pair; only the options given change.
    const QString updated
        = ok({u"relationship"_s, u"set"_s, Tenants, u"1"_s, u"--level"_s, u"cooperating"_s,
              u"--note"_s, u"They now share a van"_s, u"--on"_s, u"2026-03-01"_s});
    QVERIFY2(updated.startsWith(u"Updated relationship 1: "_s), qPrintable(updated));
    QVERIFY(updated.contains(u"cooperating, some trust, since 2024-05-01"_s));

    const QJsonObject history = json({u"relationship"_s, u"history"_s, Eastgate, Tenants});
    QCOMPARE(history.value(u"id"_s).toInt(), 1);
    QCOMPARE(history.value(u"level"_s).toString(), u"cooperating"_s);
    QCOMPARE(history.value(u"notes"_s).toString(), u"Met at the housing forum"_s);
    const QJsonArray entries = history.value(u"history"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"level"_s).toString(), u"networking"_s);
    QCOMPARE(entries.at(0).toObject().value(u"on"_s).toString(), u"2024-05-01"_s);
    QCOMPARE(entries.at(1).toObject().value(u"level"_s).toString(), u"cooperating"_s);
    QCOMPARE(entries.at(1).toObject().value(u"on"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(entries.at(1).toObject().value(u"note"_s).toString(), u"They now share a van"_s);
    QVERIFY(entries.at(1).toObject().value(u"side_id"_s).isNull());

    const QString text = ok({u"relationship"_s, u"history"_s, Tenants, Eastgate});
    QVERIFY2(text.contains(u"2024-05-01  Shared rating: networking, some trust"_s),
             qPrintable(text));
    QVERIFY(text.contains(
        u"2026-03-01  Shared rating: cooperating, some trust — They now share a van"_s));

    // Lists: by coalition (members only), by organization, all.
    QVERIFY(!ok({u"relationship"_s, u"set"_s, Eastgate, Harbor, u"--level"_s, u"collaborating"_s,
                 u"--trust"_s, u"high"_s})
                 .isEmpty());
    const auto idsOf = [](const QJsonObject &list) {
        QList<int> ids;
        for (const QJsonValue &r : list.value(u"relationships"_s).toArray())
            ids.append(r.toObject().value(u"id"_s).toInt());
        return ids;
    };
    QCOMPARE(idsOf(json({u"relationship"_s, u"list"_s, u"--coalition"_s, Coalition})),
             QList<int>{1});
    QCOMPARE(idsOf(json({u"relationship"_s, u"list"_s, u"--organization"_s, Harbor})),
             QList<int>{2});
    QCOMPARE(idsOf(json({u"relationship"_s, u"list"_s})), (QList<int>{1, 2}));
    const QJsonObject one = json({u"relationship"_s, u"list"_s, u"--organization"_s, Harbor})
                                .value(u"relationships"_s)
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(one.value(u"first_name"_s).toString(), Eastgate);
    QCOMPARE(one.value(u"second_name"_s).toString(), Harbor);
    QCOMPARE(one.value(u"sides_disagree"_s).toBool(), false);
    const QString table = ok({u"relationship"_s, u"list"_s});
    QVERIFY(table.contains(u"collaborating"_s) && table.contains(Harbor));

    const QString removed = ok({u"relationship"_s, u"remove"_s, Harbor, Eastgate});
    QVERIFY2(removed.contains(u"Removed relationship 2"_s), qPrintable(removed));
    QCOMPARE(idsOf(json({u"relationship"_s, u"list"_s})), QList<int>{1});
    QVERIFY_NO_PROBLEM(refusalProblem(on({u"relationship"_s, u"history"_s, Harbor, Eastgate}),
                                      Failure, {Harbor, Eastgate}));
    QVERIFY(
        ok({u"relationship"_s, u"list"_s, u"--coalition"_s, Quiet}).contains(u"No relationship"_s));
}

void TestCliStage::relationshipDisagreement()
{
    QVERIFY(!ok({u"relationship"_s, u"set"_s, Eastgate, Tenants, u"--level"_s, u"cooperating"_s,
                 u"--trust"_s, u"more"_s, u"--since"_s, u"2026-03-01"_s, u"--view"_s, Eastgate,
                 u"--view-level"_s, u"collaborating"_s, u"--view-trust"_s, u"high"_s, u"--on"_s,
                 u"2026-04-01"_s})
                 .isEmpty());
    // One side's view alone is no disagreement.
    QCOMPARE(json({u"relationship"_s, u"list"_s}).value(u"disagreements"_s).toInt(), 0);

    const QString second
        = ok({u"relationship"_s, u"set"_s, Eastgate, Tenants, u"--view"_s, Tenants,
              u"--view-level"_s, u"networking"_s, u"--view-trust"_s, u"some"_s, u"--view-note"_s,
              u"We mostly swap newsletters"_s, u"--on"_s, u"2026-04-10"_s});
    QVERIFY2(second.contains(u"The two sides rate it differently:"_s), qPrintable(second));

    const QJsonObject list = json({u"relationship"_s, u"list"_s, u"--coalition"_s, Coalition});
    QCOMPARE(list.value(u"disagreements"_s).toInt(), 1);
    const QJsonObject relationship = list.value(u"relationships"_s).toArray().at(0).toObject();
    QVERIFY(relationship.value(u"sides_disagree"_s).toBool());
    const QStringList sentences = stringsIn(relationship.value(u"disagreement"_s));
    QVERIFY(!sentences.isEmpty());
    const QString joined = sentences.join(u' ');
    QVERIFY2(joined.contains(Eastgate) && joined.contains(Tenants), qPrintable(joined));
    QCOMPARE(relationship.value(u"views"_s).toArray().size(), 2);

    const QString text = ok({u"relationship"_s, u"list"_s, u"--coalition"_s, Coalition});
    QVERIFY(text.contains(u"disagree"_s));
    QVERIFY2(text.contains(u"  - "_s + sentences.first()), qPrintable(text));

    // The views' changes are in the history, each with its side.
    const QJsonArray entries
        = json({u"relationship"_s, u"history"_s, Eastgate, Tenants}).value(u"history"_s).toArray();
    QSet<QString> sides;
    for (const QJsonValue &entry : entries) {
        if (!entry.toObject().value(u"side_name"_s).isNull())
            sides.insert(entry.toObject().value(u"side_name"_s).toString());
    }
    QCOMPARE(sides, (QSet<QString>{Eastgate, Tenants}));

    // Clearing one view ends the disagreement.
    QVERIFY(!ok({u"relationship"_s, u"set"_s, Eastgate, Tenants, u"--clear-view"_s, Tenants,
                 u"--on"_s, u"2026-04-20"_s})
                 .isEmpty());
    QCOMPARE(json({u"relationship"_s, u"list"_s}).value(u"disagreements"_s).toInt(), 0);
}

void TestCliStage::networkFormats()
{
    // Library stays isolated; Harbor is no member, so its tie does not count.
    QVERIFY(!ok({u"relationship"_s, u"set"_s, Eastgate, Tenants, u"--level"_s, u"cooperating"_s,
                 u"--trust"_s, u"more"_s})
                 .isEmpty());
    QVERIFY(!ok({u"relationship"_s, u"set"_s, Eastgate, Harbor, u"--level"_s, u"collaborating"_s,
                 u"--trust"_s, u"high"_s})
                 .isEmpty());

    const QJsonObject figures = json({u"network"_s, u"--coalition"_s, Coalition});
    QCOMPARE(figures.value(u"members"_s).toInt(), 3);
    QCOMPARE(figures.value(u"pairs"_s).toInt(), 3);
    QCOMPARE(figures.value(u"tied_pairs"_s).toInt(), 1);
    QVERIFY(qAbs(figures.value(u"density"_s).toDouble() - 1.0 / 3.0) < 0.01);
    QCOMPARE(figures.value(u"ties"_s).toArray().size(), 1);
    QCOMPARE(stringsIn(figures.value(u"isolated"_s)), QStringList{Library});

    const CliRun dot = on({u"network"_s, u"--coalition"_s, Coalition, u"--format"_s, u"dot"_s});
    QVERIFY_NO_PROBLEM(successProblem(dot));
    const QString dotText = dot.outText();
    QStringList statements; // the lines after the leading comments
    for (const QString &line : dotText.split(u'\n', Qt::SkipEmptyParts)) {
        if (!statements.isEmpty() || !line.startsWith(u"//"_s))
            statements.append(line);
    }
    QVERIFY2(!statements.isEmpty() && statements.first().startsWith(u"graph "_s),
             qPrintable(dotText));
    QVERIFY(dotText.trimmed().endsWith(u'}'));
    QCOMPARE(dotText.count(u" -- "_s), 1);
    for (const QString &name : {Eastgate, Tenants, Library})
        QVERIFY2(dotText.contains(name), qPrintable(name));
    QVERIFY(!dotText.contains(Harbor));

    const CliRun graphml
        = on({u"network"_s, u"--coalition"_s, Coalition, u"--format"_s, u"graphml"_s});
    QVERIFY_NO_PROBLEM(successProblem(graphml));
    QXmlStreamReader xml(graphml.out);
    int nodes = 0;
    int edges = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"node"_s)
                ++nodes;
            else if (xml.name() == u"edge"_s)
                ++edges;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 3);
    QCOMPARE(edges, 1);

    const QString text = ok({u"network"_s, u"--coalition"_s, Coalition});
    QVERIFY2(text.startsWith(u"Network of "_s + Coalition), qPrintable(text));
    QVERIFY(text.contains(u"density 33%"_s));
    QVERIFY(text.contains(u"Isolated (no relationship with another member): "_s + Library));
    QVERIFY(text.contains(u"\nHow these were counted:\n"_s));

    // An empty network is no error.
    const QJsonObject empty = json({u"network"_s, u"--coalition"_s, Quiet});
    QCOMPARE(empty.value(u"members"_s).toInt(), 0);
    QCOMPARE(empty.value(u"density"_s).toDouble(), 0.0);
}

void TestCliStage::demoWorkspace()
{
    const QString demo = m_dir->filePath(u"demo.coalition"_s);
    QVERIFY_NO_PROBLEM(successProblem(runCli({u"demo"_s, demo}, m_dir->path())));
    m_db = demo;
    const QJsonObject list = json({u"relationship"_s, u"list"_s, u"--coalition"_s, Coalition});
    QSet<QString> levels;
    for (const QJsonValue &r : list.value(u"relationships"_s).toArray())
        levels.insert(r.toObject().value(u"level"_s).toString());
    QCOMPARE(
        levels,
        (QSet<QString>{u"networking"_s, u"coordinating"_s, u"cooperating"_s, u"collaborating"_s}));
    QVERIFY(list.value(u"disagreements"_s).toInt() >= 1);
    const QJsonObject assessment = json({u"stage"_s, u"--coalition"_s, Coalition});
    QVERIFY(Stages.contains(assessment.value(u"recorded"_s).toString()));
    QVERIFY(!json({u"stage"_s, u"history"_s, u"--coalition"_s, Coalition})
                 .value(u"history"_s)
                 .toArray()
                 .isEmpty());
    QVERIFY(
        json({u"checklist"_s, u"list"_s, u"--coalition"_s, Coalition}).value(u"answered"_s).toInt()
        >= 7);
    QVERIFY(json({u"network"_s, u"--coalition"_s, Coalition}).value(u"tied_pairs"_s).toInt() > 0);
}

void TestCliStage::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("stage without coalition")
        << QStringList{u"stage"_s} << UsageError << QStringList{u"--coalition"_s};
    QTest::newRow("stage of an unknown coalition")
        << QStringList{u"stage"_s, u"--coalition"_s, u"Nowhere"_s} << Failure
        << QStringList{u"Nowhere"_s};
    QTest::newRow("stage with a stray word")
        << QStringList{u"stage"_s, u"frobnicate"_s, u"--coalition"_s, Coalition} << UsageError
        << QStringList{u"frobnicate"_s, u"record"_s};
    QTest::newRow("stage with a bad day")
        << QStringList{u"stage"_s, u"--coalition"_s, Coalition, u"--today"_s, u"15/10/2026"_s}
        << UsageError << QStringList{u"--today"_s, u"YYYY-MM-DD"_s};
    QTest::newRow("unknown stage")
        << QStringList{u"stage"_s,   u"record"_s,      u"--coalition"_s, Coalition,
                       u"--stage"_s, u"adolescence"_s, u"--rationale"_s, u"Because"_s}
        << UsageError
        << QStringList{u"adolescence"_s, u"pre-formation"_s, u"institutionalization"_s};
    QTest::newRow("stage record without rationale")
        << QStringList{u"stage"_s, u"record"_s,  u"--coalition"_s,
                       Coalition,  u"--stage"_s, u"formation"_s}
        << UsageError << QStringList{u"--rationale"_s};
    QTest::newRow("stage record with an empty rationale")
        << QStringList{u"stage"_s,   u"record"_s,    u"--coalition"_s, Coalition,
                       u"--stage"_s, u"formation"_s, u"--rationale"_s, u"  "_s}
        << Failure << QStringList();
    QTest::newRow("stage record with an unknown decision")
        << QStringList{u"stage"_s,      u"record"_s,     u"--coalition"_s, Coalition,
                       u"--stage"_s,    u"formation"_s,  u"--rationale"_s, u"Because"_s,
                       u"--decision"_s, u"Never taken"_s}
        << Failure << QStringList{u"Never taken"_s};
    QTest::newRow("unknown item") << QStringList{u"checklist"_s, u"answer"_s, u"--coalition"_s,
                                                 Coalition,      u"--item"_s, u"good-weather"_s,
                                                 u"--answer"_s,  u"yes"_s}
                                  << UsageError
                                  << QStringList{u"good-weather"_s, u"complex-issue"_s};
    QTest::newRow("unknown answer")
        << QStringList{u"checklist"_s, u"answer"_s,        u"--coalition"_s, Coalition,
                       u"--item"_s,    u"complex-issue"_s, u"--answer"_s,    u"maybe"_s}
        << UsageError << QStringList{u"maybe"_s, u"unanswered"_s};
    QTest::newRow("checklist answer without item")
        << QStringList{u"checklist"_s, u"answer"_s,   u"--coalition"_s,
                       Coalition,      u"--answer"_s, u"yes"_s}
        << UsageError << QStringList{u"--item"_s};
    QTest::newRow("checklist list without coalition")
        << QStringList{u"checklist"_s, u"list"_s} << UsageError << QStringList{u"--coalition"_s};
    QTest::newRow("same org twice")
        << QStringList{u"relationship"_s, u"set"_s,        Eastgate,     u"1"_s,
                       u"--level"_s,      u"networking"_s, u"--trust"_s, u"low"_s}
        << UsageError << QStringList{u"same organization"_s};
    QTest::newRow("unknown org") << QStringList{u"relationship"_s, u"set"_s,
                                                Eastgate,          u"Westgate Soup Kitchen"_s,
                                                u"--level"_s,      u"networking"_s,
                                                u"--trust"_s,      u"low"_s}
                                 << Failure << QStringList{u"Westgate Soup Kitchen"_s};
    QTest::newRow("one org only") << QStringList{u"relationship"_s, u"set"_s,        Eastgate,
                                                 u"--level"_s,      u"networking"_s, u"--trust"_s,
                                                 u"low"_s}
                                  << UsageError << QStringList{u"two organizations"_s};
    QTest::newRow("new pair without level")
        << QStringList{u"relationship"_s, u"set"_s, Eastgate, Tenants, u"--trust"_s, u"low"_s}
        << UsageError << QStringList{u"--level"_s};
    QTest::newRow("unknown level")
        << QStringList{u"relationship"_s, u"set"_s,     Eastgate,     Tenants,
                       u"--level"_s,      u"friends"_s, u"--trust"_s, u"low"_s}
        << UsageError << QStringList{u"friends"_s, u"collaborating"_s};
    QTest::newRow("unknown trust")
        << QStringList{u"relationship"_s, u"set"_s,        Eastgate,     Tenants,
                       u"--level"_s,      u"networking"_s, u"--trust"_s, u"blind"_s}
        << UsageError << QStringList{u"blind"_s, u"high"_s};
    QTest::newRow("view of a third organization")
        << QStringList{u"relationship"_s, u"set"_s,        Eastgate,          Tenants,
                       u"--level"_s,      u"networking"_s, u"--trust"_s,      u"low"_s,
                       u"--view"_s,       Library,         u"--view-level"_s, u"networking"_s,
                       u"--view-trust"_s, u"low"_s}
        << UsageError << QStringList{Library};
    QTest::newRow("view level without view")
        << QStringList{u"relationship"_s, u"set"_s,        Eastgate,     Tenants,
                       u"--level"_s,      u"networking"_s, u"--trust"_s, u"low"_s,
                       u"--view-level"_s, u"networking"_s}
        << UsageError << QStringList{u"--view"_s};
    QTest::newRow("history note on a new relationship")
        << QStringList{u"relationship"_s, u"set"_s,     Eastgate, Tenants,     u"--level"_s,
                       u"networking"_s,   u"--trust"_s, u"low"_s, u"--note"_s, u"First contact"_s}
        << UsageError << QStringList{u"--note"_s, u"--notes"_s};
    QTest::newRow("change day on a new relationship")
        << QStringList{u"relationship"_s, u"set"_s,     Eastgate, Tenants,   u"--level"_s,
                       u"networking"_s,   u"--trust"_s, u"low"_s, u"--on"_s, u"2026-01-01"_s}
        << UsageError << QStringList{u"--since"_s};
    QTest::newRow("list by coalition and organization")
        << QStringList{u"relationship"_s, u"list"_s,           u"--coalition"_s,
                       Coalition,         u"--organization"_s, Eastgate}
        << UsageError << QStringList{u"--coalition"_s, u"--organization"_s};
    QTest::newRow("history of no relationship")
        << QStringList{u"relationship"_s, u"history"_s, Eastgate, Library} << Failure
        << QStringList{Eastgate, Library};
    QTest::newRow("remove no relationship")
        << QStringList{u"relationship"_s, u"remove"_s, Eastgate, Library} << Failure
        << QStringList{u"No relationship"_s};
    QTest::newRow("network format")
        << QStringList{u"network"_s, u"--coalition"_s, Coalition, u"--format"_s, u"png"_s}
        << UsageError << QStringList{u"png"_s, u"graphml"_s};
    QTest::newRow("network without coalition")
        << QStringList{u"network"_s} << UsageError << QStringList{u"--coalition"_s};
}

void TestCliStage::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QStringList, fragments);
    QVERIFY_NO_PROBLEM(refusalProblem(on(arguments), code, fragments));
    // Nothing was written.
    QVERIFY(json({u"relationship"_s, u"list"_s}).value(u"relationships"_s).toArray().isEmpty());
    QVERIFY(json({u"stage"_s, u"history"_s, u"--coalition"_s, Coalition})
                .value(u"history"_s)
                .toArray()
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestCliStage)
#include "tst_clistage.moc"
