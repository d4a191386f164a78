// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"
#include "io/demoworkspace.h"
#include "storage/workspace.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sampleIsRealisticAndSound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        Workspace &w = **workspace;
        const QDate today(2026, 11, 22);
        const Status populated = DemoWorkspace::populate(w, today);
        QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));

        auto organizations = w.organizations().list();
        QVERIFY(organizations.ok());
        QVERIFY(organizations->size() >= 15);
        QSet<Sector> sectors;
        for (const Organization &o : *organizations)
            sectors.insert(o.sector);
        QVERIFY2(sectors.size() >= 6, "the sample spans at least six sectors");

        auto coalitions = w.coalitions().list();
        QVERIFY(coalitions.ok());
        QVERIFY(!coalitions->isEmpty());
        auto members = w.memberships().listForCoalition(coalitions->first().id);
        QVERIFY(members.ok());
        QCOMPARE(members->size(), qsizetype(15));
        QSet<MembershipStatus> statuses;
        int withContributions = 0;
        int withRepresentative = 0;
        for (const Membership &m : *members) {
            statuses.insert(m.status);
            withContributions += m.contributions.isEmpty() ? 0 : 1;
            withRepresentative += m.representativeId ? 1 : 0;
            QVERIFY(!m.history.isEmpty());
            QCOMPARE(m.history.last().status, m.status);
        }
        QCOMPARE(statuses.size(), qsizetype(5)); // every status appears
        auto counts = w.memberships().countByCoalition();
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), qsizetype(2));
        QCOMPARE(counts->value(coalitions->first().id), 15);
        QCOMPARE(counts->value(coalitions->last().id), 3);
        // Counting one status agrees with the members read one by one.
        for (const MembershipStatus status : statuses) {
            auto byStatus = w.memberships().countByCoalition(status);
            QVERIFY(byStatus.ok());
            const auto expected
                = std::count_if(members->cbegin(), members->cend(),
                                [status](const Membership &m) { return m.status == status; });
            QCOMPARE(byStatus->value(coalitions->first().id), int(expected));
        }
        QCOMPARE(withContributions, 15);
        QVERIFY(withRepresentative >= 10);

        auto people = w.people().list();
        QVERIFY(people.ok());
        QVERIFY(people->size() > organizations->size());
        auto peopleCount = w.people().count();
        QVERIFY(peopleCount.ok());
        QCOMPARE(*peopleCount, int(people->size()));

        auto problems = w.database().integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
    }

    // The sample, exported as CSV, equals the golden files under tests/data.
    // Run with COALITION_UPDATE_GOLDEN=1 to rewrite them after a deliberate
    // change, then review the diff.
    void csvExportsMatchGoldenFiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("golden");
        QTest::newRow("organizations")
            << int(CsvKind::Organizations) << u"demo-organizations.csv"_s;
        QTest::newRow("people") << int(CsvKind::People) << u"demo-people.csv"_s;
        QTest::newRow("memberships") << int(CsvKind::Memberships) << u"demo-memberships.csv"_s;
    }

    void csvExportsMatchGoldenFiles()
    {
        QFETCH(int, kind);
        QFETCH(QString, golden);
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        QVERIFY(DemoWorkspace::populate(**workspace, QDate(2026, 11, 22)).ok());
        auto exported = CsvExporter(**workspace).exportData(static_cast<CsvKind>(kind));
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));

        QFile file(QStringLiteral(COALITION_TEST_DATA_DIR) + u'/' + golden);
        if (qEnvironmentVariableIsSet("COALITION_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(*exported);
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromUtf8(*exported), QString::fromUtf8(file.readAll()));
    }

    void refusesANonEmptyWorkspace()
    {
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        Organization o;
        o.name = u"Already here"_s;
        QVERIFY((*workspace)->organizations().add(o).ok());
        const Status populated = DemoWorkspace::populate(**workspace);
        QVERIFY(!populated.ok());
        auto count = (*workspace)->organizations().count();
        QVERIFY(count.ok());
        QCOMPARE(*count, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
