// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagerecordlinks.h"

#include "models/memberdisplay.h"
#include "storage/workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// `get` reads the record; `name` says which one it is.
template<typename Get, typename Name>
QString named(const QString &kind, Get get, Name name)
{
    auto record = get();
    if (!record)
        return kind;
    const QString text = name(*record);
    return text.isEmpty() ? kind : StageRecordLinks::tr("%1 “%2”").arg(kind, text);
}

} // namespace

StageRecordLinks::StageRecordLinks(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_more(new QLabel(this))
{
    setObjectName(u"stageRecordLinks"_s);
    m_more->setWordWrap(true);
    m_more->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
    layout->addLayout(m_list);
    layout->addWidget(m_more);
    hide();
}

void StageRecordLinks::setRecords(Workspace &workspace, const QList<RecordKey> &records)
{
    // Later: a button's own click may have led here.
    for (QPushButton *button : std::as_const(m_buttons)) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    // A checklist answer is shown where the links are: no link to it.
    m_records.clear();
    for (const RecordKey &key : records) {
        if (key.kind != RecordKind::ChecklistAnswer)
            m_records.append(key);
    }
    QStringList rest;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const RecordKey key = m_records.at(i);
        const QString what = describe(workspace, key);
        if (i >= MaxLinks) {
            rest << what;
            continue;
        }
        const QString text = tr("Show %1").arg(what);
        auto *button = new QPushButton(fontMetrics().elidedText(text, Qt::ElideRight, 360), this);
        button->setObjectName(u"showRecord%1"_s.arg(i));
        button->setAccessibleName(text);
        button->setToolTip(tr("Open the %1 on its page").arg(what));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        QFont font = button->font();
        font.setUnderline(true);
        button->setFont(font);
        button->setForegroundRole(QPalette::Link);
        connect(button, &QPushButton::clicked, this,
                [this, key] { Q_EMIT recordsRequested({key}); });
        m_list->addWidget(button, 0, Qt::AlignLeft);
        m_buttons.append(button);
    }
    m_more->setText(rest.isEmpty() ? QString() : tr("Also: %1").arg(rest.join(u"; "_s)));
    m_more->setVisible(!rest.isEmpty());
    setVisible(!m_records.isEmpty());
}

QString StageRecordLinks::describe(Workspace &workspace, const RecordKey &key)
{
    const Id id = key.id;
    switch (key.kind) {
    case RecordKind::Organization:
        return named(
            tr("organization"), [&] { return workspace.organizations().get(id); },
            [](const Organization &r) { return r.name; });
    case RecordKind::Person:
        return named(
            tr("person"), [&] { return workspace.people().get(id); },
            [](const Person &r) { return r.name; });
    case RecordKind::Coalition:
        return named(
            tr("coalition"), [&] { return workspace.coalitions().get(id); },
            [](const CoalitionInfo &r) { return r.name; });
    case RecordKind::Membership:
        return named(
            tr("member"), [&] { return workspace.memberships().get(id); },
            [&workspace](const Membership &r) {
                auto organization = workspace.organizations().get(r.organizationId);
                return organization ? organization->name : QString();
            });
    case RecordKind::Body:
        return named(
            tr("body"), [&] { return workspace.bodies().get(id); },
            [](const Body &r) { return r.name; });
    case RecordKind::Procedure:
        return tr("decision procedure");
    case RecordKind::GroundRule:
        return named(
            tr("ground rule"), [&] { return workspace.groundRules().get(id); },
            [](const GroundRule &r) { return r.title; });
    case RecordKind::Meeting: {
        auto meeting = workspace.meetings().get(id);
        return meeting ? tr("meeting of %1").arg(MemberDisplay::date(meeting->startsAt.date()))
                       : tr("meeting");
    }
    case RecordKind::Decision:
        return named(
            tr("decision"), [&] { return workspace.decisions().get(id); },
            [](const Decision &r) { return r.title; });
    case RecordKind::Goal:
        return named(
            tr("goal"), [&] { return workspace.goals().get(id); },
            [](const Goal &r) { return r.title; });
    case RecordKind::ActionGroup:
        return named(
            tr("action group"), [&] { return workspace.actionGroups().get(id); },
            [](const ActionGroup &r) { return r.name; });
    case RecordKind::ActionPlan:
        return named(
            tr("action plan"), [&] { return workspace.actionPlans().get(id); },
            [](const ActionPlan &r) { return r.title; });
    case RecordKind::Task:
        return named(
            tr("task"), [&] { return workspace.tasks().get(id); },
            [](const Task &r) { return r.title; });
    case RecordKind::ProgressReport: {
        auto report = workspace.progressReports().get(id);
        return report && report->receivedOn.isValid()
            ? tr("progress report of %1").arg(MemberDisplay::date(report->receivedOn))
            : tr("progress report");
    }
    case RecordKind::Success:
        return named(
            tr("success"), [&] { return workspace.successes().get(id); },
            [](const Success &r) { return r.title; });
    case RecordKind::Evaluation:
        return named(
            tr("evaluation"), [&] { return workspace.evaluations().get(id); },
            [](const Evaluation &r) { return r.activity; });
    case RecordKind::Conflict:
        return named(
            tr("conflict"), [&] { return workspace.conflicts().get(id); },
            [](const Conflict &r) { return r.subject; });
    case RecordKind::StageChange:
        return tr("stage change");
    case RecordKind::ChecklistAnswer:
        return tr("checklist answer");
    case RecordKind::Relationship:
        return tr("relationship");
    }
    return {};
}

} // namespace Coalition::Ui
