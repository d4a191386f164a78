// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Organizations and People page tests share: hermetic workspaces
// (the sample, or thousands of generated organizations), lookups by name,
// edits through the session, the pages' dialogs and a snapshot of the
// registry to compare before and after an undo.
#include "io/demoworkspace.h"
#include "session/workspacesession.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace RegistryFixture {

using namespace Qt::StringLiterals;
using namespace Coalition;

// A page test: every test function gets a workspace file of its own (m_path).
class RegistryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"test-%1.coalition"_s.arg(++m_count));
    }

protected:
    QString m_path;

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

inline std::unique_ptr<Ui::WorkspaceSession> openSession(const QString &path, bool demo)
{
    auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
    if (!workspace)
        return nullptr;
    if (demo && !DemoWorkspace::populate(**workspace, QDate(2026, 11, 22)))
        return nullptr;
    return std::make_unique<Ui::WorkspaceSession>(std::move(workspace).value());
}

// Organizations with names, missions and tags that put letter case, accents
// and the ß/ss and ς/σ foldings to the test; every seventh one a member.
inline bool generate(Workspace &workspace, int count)
{
    const QStringList starts
        = {u"Åsa"_s,     u"Zürich"_s, u"émile"_s, u"Łódź"_s,      u"Oakwood"_s,  u"riverside"_s,
           u"STRASSE"_s, u"Straße"_s, u"Ωmega"_s, u"Northside"_s, u"st. Anne"_s, u"Ïle"_s};
    const QStringList kinds = {u"Food Bank"_s,     u"Tenants' Union"_s, u"Literacy Circle"_s,
                               u"Health Clinic"_s, u"Youth Club"_s,     u"ΟΔΟΣ Collective"_s};
    const QStringList missions
        = {u"Feeds families"_s,        u"Houses renters"_s,        u"Teaches adults to read"_s,
           u"Runs a clinic for all"_s, u"Trains youth in music"_s, u"Keeps the Straße clean"_s};
    const QStringList tags
        = {u"food"_s, u"Housing"_s, u"youth"_s, u"grüne"_s, u"ΣΟΦΙΑ"_s, u"advocacy"_s};
    QRandomGenerator random(42);
    Transaction transaction(workspace.database());
    CoalitionInfo coalition;
    coalition.name = u"Generated Coalition"_s;
    auto coalitionId = workspace.coalitions().add(coalition);
    if (!coalitionId)
        return false;
    for (int i = 0; i < count; ++i) {
        Organization o;
        o.name = starts.at(random.bounded(starts.size())) + u' '
            + kinds.at(random.bounded(kinds.size())) + u' ' + QString::number(i);
        o.sector = static_cast<Sector>(random.bounded(10));
        o.mission = missions.at(random.bounded(missions.size()));
        o.tags = {tags.at(random.bounded(tags.size()))};
        if (i % 3 == 0)
            o.email = u"office%1@example.org"_s.arg(i);
        auto id = workspace.organizations().insertChecked(o);
        if (!id)
            return false;
        if (i % 7 == 0) {
            Membership m;
            m.coalitionId = *coalitionId;
            m.organizationId = *id;
            if (!workspace.memberships().add(m))
                return false;
        }
    }
    return transaction.commit().ok();
}

inline Id organizationId(Workspace &workspace, const QString &name)
{
    auto found = workspace.organizations().findByName(name);
    return found && *found ? (*found)->id : 0;
}

inline Id personId(Workspace &workspace, const QString &name)
{
    auto found = workspace.people().findByName(name);
    return found && !found->isEmpty() ? found->constFirst().id : 0;
}

// The ids of the rows shown, in the order shown.
inline QList<Id> rowIds(const QAbstractItemModel &model, int idRole)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(idRole).toLongLong());
    return ids;
}

inline QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// An edit through the session (and its undo stack) that creates nothing.
inline bool performChange(Ui::WorkspaceSession &session, const QString &text,
                          const QList<RecordKey> &touched,
                          const std::function<Status(Workspace &)> &change)
{
    return session
        .perform(text, touched,
                 [change](Workspace &w) -> Result<QList<RecordKey>> {
                     if (Status status = change(w); !status)
                         return status.error();
                     return QList<RecordKey>{};
                 })
        .ok();
}

// An edit through the session that adds one record of `kind`: its key, or the error.
inline Result<QList<RecordKey>> performAdd(Ui::WorkspaceSession &session, const QString &text,
                                           RecordKind kind,
                                           const std::function<Result<Id>(Workspace &)> &add)
{
    return session.perform(text, {}, [kind, add](Workspace &w) -> Result<QList<RecordKey>> {
        auto id = add(w);
        if (!id)
            return id.error();
        return QList<RecordKey>{{kind, *id}};
    });
}

// Triggers the page's action and returns the dialog it opened.
template<typename Dialog, typename Page>
Dialog *openDialog(Page &page, QAction *action)
{
    action->trigger();
    const auto dialogs = page.template findChildren<Dialog *>();
    for (Dialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

inline QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

inline void clickOk(QDialog *dialog)
{
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
}

// Every record of the registry, timestamps and child rows included.
struct Snapshot
{
    QList<Organization> organizations;
    QList<Person> people;
    QList<CoalitionInfo> coalitions;
    QList<Membership> memberships;

    bool operator==(const Snapshot &) const = default;
};

inline Snapshot snapshot(Workspace &w)
{
    return {*w.organizations().list({}, OrganizationRepository::Order::ById), *w.people().list(),
            *w.coalitions().list(), *w.memberships().list()};
}

} // namespace RegistryFixture
