// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-cli speaks English plurals ("1 row", "2 rows") whatever the
// locale it starts in, the bare C locale included, and needs no display for
// it: the catalogue of English plural forms is built into the program.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clitest.h"

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The test's environment with the locale variables set to `locale` (none
// when empty) and nothing that names a display.
QProcessEnvironment environmentFor(const QString &locale)
{
    QProcessEnvironment environment = cleanEnvironment();
    for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"LANGUAGE"_s,
                                u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    if (!locale.isEmpty())
        environment.insert(u"LC_ALL"_s, locale);
    return environment;
}

} // namespace

class TestCliPlurals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importCountsRows_data();
    void importCountsRows();

private:
    QTemporaryDir m_dir;
    QString m_oneRow;
    QString m_twoRows;
};

void TestCliPlurals::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_oneRow = m_dir.filePath(u"one.csv"_s);
    m_twoRows = m_dir.filePath(u"two.csv"_s);
    QVERIFY(writeFile(m_oneRow, "name,sector\nAlpha Org,nonprofit\n"));
    QVERIFY(writeFile(m_twoRows, "name,sector\nBeta Office,public-agency\nGamma Clinic,health\n"));
}

void TestCliPlurals::importCountsRows_data()
{
    QTest::addColumn<QString>("locale");

    QTest::newRow("no locale set") << QString();
    QTest::newRow("C") << u"C"_s;
    QTest::newRow("C.UTF-8") << u"C.UTF-8"_s;
    QTest::newRow("en_US") << u"en_US.UTF-8"_s;
    // A locale without a catalogue of its own.
    QTest::newRow("de_DE") << u"de_DE.UTF-8"_s;
}

void TestCliPlurals::importCountsRows()
{
    QFETCH(QString, locale);
    const RunOptions options{.environment = environmentFor(locale)};
    const QString workspace
        = m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()) + u".coalition"_s);
    QVERIFY_NO_PROBLEM(successProblem(runCli({u"init"_s, workspace}, m_dir.path(), options)));

    const CliRun one = runCli({u"import"_s, u"orgs"_s, u"one.csv"_s, u"--db"_s, workspace},
                              m_dir.path(), options);
    QVERIFY_NO_PROBLEM(successProblem(one));
    QCOMPARE(one.outText(), u"Imported 1 row from one.csv.\n"_s);

    const CliRun two = runCli({u"import"_s, u"orgs"_s, u"two.csv"_s, u"--db"_s, workspace},
                              m_dir.path(), options);
    QVERIFY_NO_PROBLEM(successProblem(two));
    QCOMPARE(two.outText(), u"Imported 2 rows from two.csv.\n"_s);
}

QTEST_GUILESS_MAIN(TestCliPlurals)

#include "tst_cliplurals.moc"
