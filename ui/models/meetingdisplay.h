// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"

#include <QColor>
#include <QString>

#include <optional>

namespace Coalition::Ui::MeetingDisplay {

// How the meetings page writes a meeting's time and notice and a decision's
// outcome for the reader, in the user's locale.
QString dateTime(const QDateTime &dateTime);
// "Adopted", "Rejected", "No quorum", "Blocked", "Not yet decided".
QString outcomeHeadline(DecisionOutcome outcome);
// The colour an outcome is shown in (green adopted, red rejected ...).
QColor outcomeColor(DecisionOutcome outcome);
// The days between the notice and the meeting, when notice was recorded.
std::optional<qint64> noticeGiven(const Meeting &meeting);
// "Called on 3 May 2027: 7 days' notice; the procedure needs 5: enough",
// with `needed` the procedure's notice days (nothing when the body has none).
QString notice(const Meeting &meeting, std::optional<int> needed);
// "Riverside Coalition, 3 May 2027 18:00" — a meeting named for a list.
QString meetingName(const Meeting &meeting, const QString &bodyName);

} // namespace Coalition::Ui::MeetingDisplay
