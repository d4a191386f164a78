// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetingdisplay.h"

#include "models/memberdisplay.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui::MeetingDisplay {

namespace {

// Gives the free functions below a translation context lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::MeetingDisplay)
};

} // namespace

QString dateTime(const QDateTime &dateTime)
{
    // Meetings start on the minute: the locale's short date, then hours and minutes.
    if (!dateTime.isValid())
        return {};
    const QLocale locale;
    return Text::tr("%1 %2", "date, then time of day")
        .arg(locale.toString(dateTime.date(), QLocale::ShortFormat),
             locale.toString(dateTime.time(), u"HH:mm"_s));
}

QString outcomeHeadline(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Pending:
        return Text::tr("Not yet decided");
    case DecisionOutcome::Adopted:
        return Text::tr("Adopted");
    case DecisionOutcome::Rejected:
        return Text::tr("Rejected");
    case DecisionOutcome::NoQuorum:
        return Text::tr("No quorum");
    case DecisionOutcome::Blocked:
        return Text::tr("Blocked");
    }
    return {};
}

QColor outcomeColor(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Adopted:
        return QColor(0x1e, 0x7b, 0x34);
    case DecisionOutcome::Rejected:
        return QColor(0xb0, 0x00, 0x20);
    case DecisionOutcome::NoQuorum:
        return QColor(0xa8, 0x5a, 0x00);
    case DecisionOutcome::Blocked:
        return QColor(0x7a, 0x1f, 0x7a);
    case DecisionOutcome::Pending:
        break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

std::optional<qint64> noticeGiven(const Meeting &meeting)
{
    if (!meeting.scheduledOn.isValid() || !meeting.startsAt.isValid())
        return std::nullopt;
    return meeting.scheduledOn.daysTo(meeting.startsAt.date());
}

QString notice(const Meeting &meeting, std::optional<int> needed)
{
    const std::optional<qint64> given = noticeGiven(meeting);
    if (!given) {
        if (needed && *needed > 0)
            return *needed == 1
                ? Text::tr("No date of notice recorded; the procedure needs 1 day's notice.")
                : Text::tr("No date of notice recorded; the procedure needs %n days' notice.",
                           nullptr, *needed);
        return Text::tr("No date of notice recorded.");
    }
    const QString called
        = (*given == 1 ? Text::tr("Called on %1: 1 day's notice")
                       : Text::tr("Called on %1: %n days' notice", nullptr, int(*given)))
              .arg(MemberDisplay::date(meeting.scheduledOn));
    if (!needed)
        return Text::tr("%1; the body has no decision procedure that sets a notice.").arg(called);
    if (*given >= *needed)
        return Text::tr("%1; the procedure needs %2: enough.").arg(called).arg(*needed);
    return Text::tr("%1; the procedure needs %2: too short, decisions taken here lack notice.")
        .arg(called)
        .arg(*needed);
}

QString meetingName(const Meeting &meeting, const QString &bodyName)
{
    return Text::tr("%1, %2").arg(bodyName, dateTime(meeting.startsAt));
}

} // namespace Coalition::Ui::MeetingDisplay
