// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/outcomeview.h"

#include "models/meetingdisplay.h"
#include "models/memberdisplay.h"
#include "widgets/flattree.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QString bulletList(const QStringList &lines)
{
    QString html = u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s;
    for (const QString &line : lines)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

OutcomeView::OutcomeView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_reopeningsTitle(new QLabel(tr("<b>Reopened</b>"), this))
    , m_reopenings(new QTreeWidget(this))
{
    m_headline->setObjectName(u"outcomeHeadline"_s);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    m_status->setObjectName(u"outcomeStatus"_s);
    m_status->setWordWrap(true);
    for (QLabel *label : {m_reasons, m_warnings}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_reasons->setObjectName(u"outcomeReasons"_s);
    m_warnings->setObjectName(u"outcomeWarnings"_s);
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xa8, 0x5a, 0x00));
    m_warnings->setPalette(warningPalette);
    m_reopenings->setObjectName(u"reopenings"_s);
    m_reopenings->setAccessibleName(tr("Reopen history"));
    setUpFlatTree(
        m_reopenings,
        {tr("Date"), tr("Meeting"), tr("Votes to reopen"), tr("Reason"), tr("New information")});
    m_reopenings->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_reasons);
    layout->addWidget(m_warnings);
    layout->addWidget(m_reopeningsTitle);
    layout->addWidget(m_reopenings);
    layout->addStretch(1);
    clear();
}

void OutcomeView::clear()
{
    m_headline->setText(tr("No decision selected"));
    m_headline->setStyleSheet(QString());
    m_status->clear();
    m_reasons->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_reopenings->clear();
    m_reopenings->hide();
    m_reopeningsTitle->hide();
    m_reasonLines.clear();
    m_warningLines.clear();
}

QString OutcomeView::headline() const
{
    return m_headline->text();
}

void OutcomeView::setDecision(const Decision &decision, const QList<ProceduralWarning> &warnings,
                              const QHash<Id, QString> &meetingNames)
{
    m_headline->setText(MeetingDisplay::outcomeHeadline(decision.outcome));
    m_headline->setStyleSheet(
        u"color: %1;"_s.arg(MeetingDisplay::outcomeColor(decision.outcome).name()));
    m_status->setText(
        tr("Status: %1 · Area: %2").arg(enumLabel(decision.status), enumLabel(decision.area)));

    m_reasonLines = decision.reasons;
    if (m_reasonLines.isEmpty())
        m_reasonLines.append(decision.outcome == DecisionOutcome::Pending
                                 ? tr("No position has been recorded yet.")
                                 : tr("No reasons were recorded with this outcome."));
    m_reasons->setText(bulletList(m_reasonLines));

    m_warningLines.clear();
    for (const ProceduralWarning &warning : warnings) {
        m_warningLines.append(warning.summary);
        for (const QString &reason : warning.reasons)
            m_warningLines.append(u"    "_s + reason);
    }
    QString warningHtml;
    for (const ProceduralWarning &warning : warnings) {
        warningHtml += u"<p><b>⚠ %1</b></p>"_s.arg(warning.summary.toHtmlEscaped());
        // A warning that repeats the tally's reasons (no quorum) needs only its summary here.
        if (warning.reasons != decision.reasons)
            warningHtml += bulletList(warning.reasons);
    }
    m_warnings->setText(warningHtml);
    m_warnings->setVisible(!warnings.isEmpty());

    m_reopenings->clear();
    for (const Reopening &reopening : decision.reopenings) {
        auto *item = new QTreeWidgetItem(m_reopenings);
        item->setText(0, MemberDisplay::date(reopening.on));
        item->setText(1,
                      reopening.meetingId ? meetingNames.value(*reopening.meetingId)
                                          : tr("(outside a meeting)"));
        item->setText(2, tr("%1 of %2").arg(reopening.votesFor).arg(reopening.votesCast));
        item->setText(3, reopening.reason);
        item->setText(
            4, reopening.newInformation.isEmpty() ? tr("none brought") : reopening.newInformation);
        for (int column = 0; column < 5; ++column)
            item->setToolTip(column, item->text(column));
    }
    m_reopenings->setVisible(!decision.reopenings.isEmpty());
    m_reopeningsTitle->setVisible(!decision.reopenings.isEmpty());
}

} // namespace Coalition::Ui
