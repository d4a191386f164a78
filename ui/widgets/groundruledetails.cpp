// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groundruledetails.h"

#include "models/memberdisplay.h"
#include "storage/workspace.h"
#include "widgets/detailfieldlist.h"
#include "widgets/flattree.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QLabel *makeHeading(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

} // namespace

GroundRuleDetails::GroundRuleDetails(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_nothing(new QLabel(tr("Select a rule to see its text and history, or an area to see "
                              "what it covers."),
                           this))
    , m_title(makeHeading(this, u"ruleTitle"_s))
    , m_subtitle(new QLabel(this))
    , m_reviewWarning(new QLabel(this))
    , m_fields(new DetailFieldList(this))
    , m_historyHeading(new QLabel(tr("History"), this))
    , m_history(new QTreeWidget(this))
    , m_areaTitle(makeHeading(this, u"areaTitle"_s))
    , m_areaText(new QLabel(this))
{
    m_nothing->setObjectName(u"ruleNothing"_s);
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setObjectName(u"ruleSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_reviewWarning->setObjectName(u"reviewOverdue"_s);
    m_reviewWarning->setWordWrap(true);
    QPalette warning = m_reviewWarning->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x00));
    m_reviewWarning->setPalette(warning);
    m_fields->addField(u"text"_s, tr("Text"));
    m_fields->addField(u"status"_s, tr("Status"));
    m_fields->addField(u"adoptedBy"_s, tr("Adopted by"));
    m_fields->addField(u"review"_s, tr("Review"));
    m_fields->addField(u"supersedes"_s, tr("Supersedes"));
    m_fields->addField(u"supersededBy"_s, tr("Superseded by"));
    m_fields->addField(u"notes"_s, tr("Notes"));
    QFont bold = m_historyHeading->font();
    bold.setBold(true);
    m_historyHeading->setFont(bold);
    m_history->setObjectName(u"ruleHistory"_s);
    m_history->setAccessibleName(tr("History of the rule"));
    setUpFlatTree(m_history, {tr("Date"), tr("Status"), tr("Text"), tr("Note")});
    m_areaText->setObjectName(u"areaText"_s);
    m_areaText->setWordWrap(true);
    m_areaText->setTextFormat(Qt::PlainText);

    auto *rulePage = new QWidget(this);
    auto *ruleLayout = new QVBoxLayout(rulePage);
    ruleLayout->setContentsMargins(0, 0, 0, 0);
    ruleLayout->addWidget(m_title);
    ruleLayout->addWidget(m_subtitle);
    ruleLayout->addWidget(m_reviewWarning);
    ruleLayout->addWidget(m_fields);
    ruleLayout->addWidget(m_historyHeading);
    ruleLayout->addWidget(m_history, 1);

    auto *areaPage = new QWidget(this);
    auto *areaLayout = new QVBoxLayout(areaPage);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(m_areaTitle);
    areaLayout->addWidget(m_areaText);
    areaLayout->addStretch(1);

    m_stack->addWidget(m_nothing);
    m_stack->addWidget(rulePage);
    m_stack->addWidget(areaPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void GroundRuleDetails::clear()
{
    m_stack->setCurrentIndex(0);
    m_title->clear();
}

QString GroundRuleDetails::title() const
{
    return m_stack->currentIndex() == 2 ? m_areaTitle->text() : m_title->text();
}

void GroundRuleDetails::showArea(RuleArea area, const QString &state, const QString &description)
{
    m_areaTitle->setText(enumLabel(area));
    QStringList lines{description, state};
    lines.removeAll(QString());
    m_areaText->setText(lines.join(u"\n\n"_s));
    m_stack->setCurrentIndex(2);
}

QString GroundRuleDetails::adoptedByText(Id decisionId) const
{
    auto decision = m_workspace.decisions().get(decisionId);
    if (!decision)
        return decision.error().message;
    auto meeting = m_workspace.meetings().get(decision->meetingId);
    if (!meeting)
        return decision->title;
    QString body;
    if (auto found = m_workspace.bodies().get(meeting->bodyId))
        body = found->name;
    const QString date = MemberDisplay::date(meeting->startsAt.date());
    return body.isEmpty() ? tr("“%1”, at the meeting of %2").arg(decision->title, date)
                          : tr("“%1”, at the meeting of %2 on %3").arg(decision->title, body, date);
}

void GroundRuleDetails::showRule(const GroundRule &rule, const QList<GroundRule> &all)
{
    m_title->setText(rule.title);
    m_subtitle->setText(isKeyRuleArea(rule.area) ? tr("%1 · a key area").arg(enumLabel(rule.area))
                                                 : enumLabel(rule.area));
    m_fields->setText(u"text"_s, rule.text.isEmpty() ? tr("(no text yet)") : rule.text);
    QString status = enumLabel(rule.status);
    if (!rule.history.isEmpty())
        status = tr("%1 since %2").arg(status, MemberDisplay::date(rule.history.last().on));
    if (rule.status == RuleStatus::Proposed)
        status += u' ' + tr("— awaits the members' agreement");
    m_fields->setText(u"status"_s, status);
    m_fields->setText(u"adoptedBy"_s,
                      rule.adoptedByDecisionId ? adoptedByText(*rule.adoptedByDecisionId)
                                               : QString());
    m_fields->setText(u"review"_s, MemberDisplay::date(rule.reviewOn));
    const QDate today = QDate::currentDate();
    const bool overdue
        = rule.status == RuleStatus::Agreed && rule.reviewOn.isValid() && rule.reviewOn < today;
    m_reviewWarning->setText(
        overdue ? tr("The review was due on %1, %2 days ago: the members should look at this "
                     "rule again.")
                      .arg(MemberDisplay::date(rule.reviewOn))
                      .arg(rule.reviewOn.daysTo(today))
                : QString());
    m_reviewWarning->setVisible(overdue);

    QString supersedes;
    QStringList supersededBy;
    for (const GroundRule &other : all) {
        if (rule.supersedesRuleId && other.id == *rule.supersedesRuleId)
            supersedes = tr("“%1” (%2)").arg(other.title, enumLabel(other.status).toLower());
        if (other.supersedesRuleId && *other.supersedesRuleId == rule.id)
            supersededBy << tr("“%1” (%2)").arg(other.title, enumLabel(other.status).toLower());
    }
    m_fields->setText(u"supersedes"_s, supersedes);
    m_fields->setText(u"supersededBy"_s, supersededBy.join(u"; "_s));
    m_fields->setText(u"notes"_s, rule.notes);

    m_history->clear();
    for (auto it = rule.history.crbegin(); it != rule.history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, MemberDisplay::date(it->on));
        item->setText(1, enumLabel(it->status));
        item->setText(2, it->text);
        item->setToolTip(2, it->text);
        item->setText(3, it->note);
        item->setToolTip(3, it->note);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_historyHeading->setText(rule.history.size() == 1
                                  ? tr("History: 1 revision")
                                  : tr("History: %1 revisions").arg(rule.history.size()));
    m_stack->setCurrentIndex(1);
}

} // namespace Coalition::Ui
