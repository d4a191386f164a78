// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/memberdetailspanel.h"

#include "domain/membershiprules.h"
#include "models/memberdisplay.h"
#include "widgets/actionbutton.h"
#include "widgets/flattree.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QTreeWidget *makeTree(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    setUpFlatTree(tree, headers);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setMaximumHeight(150);
    return tree;
}

QListWidget *makeList(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformItemSizes(true);
    list->setMaximumHeight(90);
    return list;
}

void fillList(QListWidget *list, const QStringList &lines, const QString &none)
{
    list->clear();
    for (const QString &line : lines)
        list->addItem(line);
    if (lines.isEmpty()) {
        auto *item = new QListWidgetItem(none, list);
        item->setFlags(Qt::NoItemFlags);
    }
}

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MemberDetailsPanel::MemberDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_title(makeLabel(this, u"memberTitle"_s))
    , m_summary(makeLabel(this, u"memberSummary"_s))
    , m_dues(makeLabel(this, u"duesSummary"_s))
    , m_history(makeTree(this, u"statusHistory"_s, {tr("Date"), tr("Status"), tr("Note")}))
    , m_contributions(makeTree(this, u"contributionsList"_s,
                               {tr("Kind"), tr("Description"), tr("Value"), tr("Period")}))
    , m_barriers(makeList(this, u"barriersList"_s, tr("Barriers")))
    , m_shared(makeList(this, u"sharedInterestsList"_s, tr("Shared interests")))
    , m_conflicting(makeList(this, u"conflictingInterestsList"_s, tr("Conflicting interests")))
    , m_notes(makeLabel(this, u"memberNotes"_s))
{
    m_history->setAccessibleName(tr("Status history"));
    m_contributions->setAccessibleName(tr("Contributions"));
    m_title->setTextFormat(Qt::RichText);

    auto *hint = new QLabel(tr("Select a member to see its status history, dues, "
                               "contributions, barriers and interests."),
                            this);
    hint->setObjectName(u"detailsHint"_s);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_dues);
    m_statusHeading = addSection(layout, tr("Status history"), m_history);
    m_contributionsHeading = addSection(layout, tr("Contributions"), m_contributions);
    m_barriersHeading = addSection(layout, tr("Barriers"), m_barriers);
    m_interestsHeading = addSection(layout, tr("Shared interests"), m_shared);
    addSection(layout, tr("Conflicting interests"), m_conflicting);
    layout->addWidget(m_notes);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(hint);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setMinimumWidth(220);
    clear();
}

QHBoxLayout *MemberDetailsPanel::addSection(QVBoxLayout *layout, const QString &title,
                                            QWidget *content)
{
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    heading->setBuddy(content);
    auto *row = new QHBoxLayout;
    row->addWidget(heading, 1);
    layout->addLayout(row);
    layout->addWidget(content);
    return row;
}

void MemberDetailsPanel::setEditActions(QAction *status, QAction *contributions, QAction *barriers,
                                        QAction *interests)
{
    using Mnemonic = ActionButton::Mnemonic;
    for (const auto &[row, action, mnemonic] :
         {std::tuple{m_statusHeading, status, Mnemonic::Drop},
          std::tuple{m_contributionsHeading, contributions, Mnemonic::Keep},
          std::tuple{m_barriersHeading, barriers, Mnemonic::Keep},
          std::tuple{m_interestsHeading, interests, Mnemonic::Keep}}) {
        auto *button = new ActionButton(action, this, mnemonic);
        button->setFlat(true);
        row->addWidget(button);
    }
}

void MemberDetailsPanel::clear()
{
    m_stack->setCurrentIndex(0);
}

void MemberDetailsPanel::showMember(const Membership &membership, const Names &names)
{
    m_stack->setCurrentIndex(1);
    m_title->setText(u"<h3>%1</h3>"_s.arg(names.organization.toHtmlEscaped()));

    QStringList summary{enumLabel(membership.kind)};
    if (membership.joinedOn.isValid())
        summary.append(tr("joined %1").arg(MemberDisplay::date(membership.joinedOn)));
    if (membership.leftOn.isValid())
        summary.append(tr("left %1").arg(MemberDisplay::date(membership.leftOn)));
    QString people = names.representative.isEmpty()
        ? tr("No representative named.")
        : tr("Represented by %1.").arg(names.representative);
    if (!names.alternate.isEmpty())
        people += u' ' + tr("Alternate: %1.").arg(names.alternate);
    m_summary->setText(summary.join(u" · "_s) + u'\n' + people);

    const QDate today = QDate::currentDate();
    const bool overdue = MembershipRules::isDuesOverdue(membership, today);
    m_dues->setText(MemberDisplay::duesToolTip(membership, today)
                    + (overdue ? u' ' + tr("(overdue)") : QString()));
    QPalette pal = palette();
    if (overdue)
        pal.setColor(QPalette::WindowText, QColor(0x9a, 0x4d, 0x00));
    m_dues->setPalette(pal);

    m_history->clear();
    for (const StatusChange &change : membership.history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, MemberDisplay::date(change.on));
        item->setData(0, Qt::UserRole, change.on);
        item->setText(1, enumLabel(change.status));
        item->setText(2, change.note);
        item->setToolTip(2, change.note);
    }
    m_history->resizeColumnToContents(0);

    m_contributions->clear();
    for (const Contribution &c : membership.contributions) {
        auto *item = new QTreeWidgetItem(m_contributions);
        item->setText(0, enumLabel(c.kind));
        item->setText(1, c.description);
        item->setText(2, c.valueCents != 0 ? MemberDisplay::money(c.valueCents) : QString());
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, c.valueCents != 0 ? enumLabel(c.period) : QString());
    }
    m_contributions->resizeColumnToContents(0);

    fillList(m_barriers, membership.barriers, tr("None recorded"));
    QStringList shared;
    QStringList conflicting;
    for (const Interest &interest : membership.interests)
        (interest.kind == InterestKind::Shared ? shared : conflicting).append(interest.text);
    fillList(m_shared, shared, tr("None recorded"));
    fillList(m_conflicting, conflicting, tr("None recorded"));

    m_notes->setText(membership.notes.isEmpty() ? QString()
                                                : tr("Notes: %1").arg(membership.notes));
    m_notes->setVisible(!membership.notes.isEmpty());
}

} // namespace Coalition::Ui
