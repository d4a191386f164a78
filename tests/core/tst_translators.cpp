// SPDX-License-Identifier: GPL-3.0-or-later
// The translators both programs install at start (i18n/translators.h): the
// English plural forms in every locale, the locale's own catalogue asked
// before them, each catalogue once, and nothing but the source text when
// the catalogues are missing. The catalogues are the ones the programs embed,
// plus a German one of a single message that only this test embeds.

#include "i18n/translators.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

// How many of `translators` hold one of Coalition Desk's catalogues.
qsizetype ownCatalogues(const QList<QTranslator *> &translators)
{
    qsizetype count = 0;
    for (const QTranslator *translator : translators)
        count += translator->filePath().contains(u"coalition_"_s) ? 1 : 0;
    return count;
}

} // namespace

class TestTranslators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void englishPluralForms_data();
    void englishPluralForms();
    void localeCatalogueIsAskedFirst();
    void englishLocaleLoadsItsCatalogueOnce();
    void missingCataloguesLeaveTheSourceText();

private:
    QList<QTranslator *> m_installed;
};

void TestTranslators::cleanup()
{
    // Deleting a translator uninstalls it.
    qDeleteAll(m_installed);
    m_installed.clear();
}

void TestTranslators::englishPluralForms_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    // One message from each part that writes them: the core's rules, the
    // command line and the desktop.
    const QByteArray checks = "Coalition::ProceduralChecks";
    const QByteArray notice = "The meeting of %1 was called on %2: %n days' notice.";
    QTest::newRow("core, one") << checks << notice << 1
                               << u"The meeting of %1 was called on %2: 1 day's notice."_s;
    QTest::newRow("core, two") << checks << notice << 2
                               << u"The meeting of %1 was called on %2: 2 days' notice."_s;
    QTest::newRow("core, none") << checks << notice << 0
                                << u"The meeting of %1 was called on %2: 0 days' notice."_s;

    const QByteArray cli = "Coalition::Cli";
    const QByteArray imported = "Imported %n row(s) from %1.";
    QTest::newRow("cli, one") << cli << imported << 1 << u"Imported 1 row from %1."_s;
    QTest::newRow("cli, many") << cli << imported << 12 << u"Imported 12 rows from %1."_s;

    const QByteArray agenda = "Coalition::Ui::DashboardAgenda";
    QTest::newRow("desktop, one") << agenda << QByteArray("Due in %n days") << 1
                                  << u"Due in 1 day"_s;
    QTest::newRow("desktop, three")
        << agenda << QByteArray("Due in %n days") << 3 << u"Due in 3 days"_s;
}

void TestTranslators::englishPluralForms()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    // The C locale, as a command line started from a bare environment has.
    m_installed = installTranslators(*QCoreApplication::instance(), QLocale::c());
    QVERIFY(!m_installed.isEmpty());
    QCOMPARE(m_installed.constFirst()->filePath(), u":/i18n/coalition_en.qm"_s);
    QCOMPARE(ownCatalogues(m_installed), 1);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, count),
             expected);
}

void TestTranslators::localeCatalogueIsAskedFirst()
{
    // German: the test's own catalogue of one message (tests/data/i18n).
    m_installed = installTranslators(*QCoreApplication::instance(),
                                     QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(m_installed.size() >= 2);
    QCOMPARE(m_installed.constFirst()->filePath(), u":/i18n/coalition_en.qm"_s);
    // Installed last, so Qt asks it first.
    QCOMPARE(m_installed.constLast()->filePath(), u":/i18n/coalition_de.qm"_s);
    QCOMPARE(ownCatalogues(m_installed), 2);

    const char *agenda = "Coalition::Ui::DashboardAgenda";
    QCOMPARE(QCoreApplication::translate(agenda, "Due in %n days", nullptr, 1),
             u"Fällig in 1 Tag"_s);
    QCOMPARE(QCoreApplication::translate(agenda, "Due in %n days", nullptr, 4),
             u"Fällig in 4 Tagen"_s);
    // What the locale's catalogue leaves untranslated keeps its English
    // plural forms.
    QCOMPARE(QCoreApplication::translate(agenda, "%n days", nullptr, 1), u"1 day"_s);
}

void TestTranslators::englishLocaleLoadsItsCatalogueOnce()
{
    m_installed = installTranslators(*QCoreApplication::instance(),
                                     QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(ownCatalogues(m_installed), 1);
    QCOMPARE(m_installed.constFirst()->filePath(), u":/i18n/coalition_en.qm"_s);
    QCOMPARE(QCoreApplication::translate("Coalition::Ui::DashboardAgenda", "%n days", nullptr, 1),
             u"1 day"_s);
}

void TestTranslators::missingCataloguesLeaveTheSourceText()
{
    const QTemporaryDir empty;
    QVERIFY(empty.isValid());
    m_installed = installTranslators(*QCoreApplication::instance(), QLocale::c(), empty.path());
    QCOMPARE(ownCatalogues(m_installed), 0);
    // Without coalition_en the count only fills in the source text.
    QCOMPARE(QCoreApplication::translate("Coalition::Ui::DashboardAgenda", "%n days", nullptr, 1),
             u"1 days"_s);
}

QTEST_GUILESS_MAIN(TestTranslators)

#include "tst_translators.moc"
