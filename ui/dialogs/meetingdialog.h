// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

#include <QHash>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition::Ui {

class LineListEditor;
class OptionalDateEdit;

// Adds or edits a meeting of one of the coalition's bodies: its body (chosen
// when adding), date and time, the day notice was given (with what the
// body's procedure needs), location, agenda, minutes and notes. Attendance is
// recorded on the page, not here.
class MeetingDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDialog)

public:
    // `noticeDays` holds the notice each body's procedure asks, for bodies
    // that have a procedure.
    MeetingDialog(const Meeting &meeting, const QList<Body> &bodies,
                  const QHash<Id, int> &noticeDays, QWidget *parent = nullptr);

    // The meeting as the form describes it (attendance as it was).
    Meeting meeting() const;

protected:
    Problems problems() const override;

private:
    void updateNoticeNote();

    Meeting m_meeting;
    QHash<Id, int> m_noticeDays;
    QComboBox *m_body;
    QDateTimeEdit *m_startsAt;
    OptionalDateEdit *m_scheduledOn;
    QLabel *m_noticeNote;
    QLineEdit *m_location;
    LineListEditor *m_agenda;
    QPlainTextEdit *m_minutes;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
