// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/meetingdialog.h"

#include "models/meetingdisplay.h"
#include "widgets/linelisteditor.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

MeetingDialog::MeetingDialog(const Meeting &meeting, const QList<Body> &bodies,
                             const QHash<Id, int> &noticeDays, QWidget *parent)
    : RecordDialog(parent)
    , m_meeting(meeting)
    , m_noticeDays(noticeDays)
    , m_body(new QComboBox(this))
    , m_startsAt(new QDateTimeEdit(this))
    , m_scheduledOn(new OptionalDateEdit(tr("Notice &given on"), this))
    , m_noticeNote(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_agenda(new LineListEditor(tr("Add &Item"), tr("Remove I&tem"), this))
    , m_minutes(textBox(this, 5, tr("What was said and agreed")))
    , m_notes(textBox(this, 2, tr("Anything else worth keeping")))
{
    setWindowTitle(meeting.id > 0 ? tr("Edit Meeting") : tr("Add Meeting"));
    for (const Body &body : bodies)
        m_body->addItem(body.name, body.id);
    m_body->setCurrentIndex(std::max(0, m_body->findData(meeting.bodyId)));
    // Attendance and decisions belong to the body that met: it is chosen once.
    m_body->setEnabled(meeting.id <= 0);
    if (meeting.id > 0)
        m_body->setToolTip(tr("A meeting's body cannot change once attendance and decisions may "
                              "have been recorded for it."));

    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    const QDateTime starts = meeting.startsAt.isValid()
        ? meeting.startsAt
        : QDateTime(QDate::currentDate().addDays(7), QTime(18, 0));
    m_startsAt->setDateTime(starts);
    m_scheduledOn->setDefaultDate(QDate::currentDate());
    m_scheduledOn->setDate(meeting.id > 0 ? meeting.scheduledOn : QDate::currentDate());
    m_scheduledOn->setToolTip(tr("The day the meeting was called; decisions need the notice "
                                 "the body's procedure asks for"));
    m_noticeNote->setObjectName(u"noticeNote"_s);
    m_noticeNote->setWordWrap(true);
    m_location->setText(meeting.location);
    m_location->setPlaceholderText(tr("Where the meeting takes place"));
    m_agenda->setLines(meeting.agenda);
    m_minutes->setPlainText(meeting.minutes);
    m_notes->setPlainText(meeting.notes);

    addField(u"body"_s, tr("&Body:"), m_body);
    addField(u"starts"_s, tr("&Starts:"), m_startsAt);
    addField(u"scheduled"_s, tr("Notice:"), m_scheduledOn);
    addRow(QString(), m_noticeNote);
    addField(u"location"_s, tr("&Location:"), m_location);
    addField(u"agenda"_s, tr("A&genda:"), m_agenda);
    addField(u"minutes"_s, tr("&Minutes:"), m_minutes);
    addField(u"notes"_s, tr("N&otes:"), m_notes);

    watch(m_body);
    watch(m_location);
    watch(m_minutes);
    watch(m_notes);
    connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this, &RecordDialog::revalidate);
    connect(m_scheduledOn, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    connect(m_agenda, &LineListEditor::changed, this, &RecordDialog::revalidate);
    connect(m_body, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateNoticeNote);
    connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::updateNoticeNote);
    connect(m_scheduledOn, &OptionalDateEdit::dateChanged, this, &MeetingDialog::updateNoticeNote);
    setMinimumWidth(520);
    updateNoticeNote();
    finishForm();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.bodyId = m_body->currentData().toLongLong();
    m.startsAt = m_startsAt->dateTime();
    m.startsAt.setTime(QTime(m.startsAt.time().hour(), m.startsAt.time().minute()));
    m.scheduledOn = m_scheduledOn->date();
    m.location = m_location->text().trimmed();
    QStringList agenda;
    const QStringList lines = m_agenda->lines();
    for (const QString &line : lines)
        agenda.append(line.trimmed());
    m.agenda = agenda;
    m.minutes = m_minutes->toPlainText().trimmed();
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

void MeetingDialog::updateNoticeNote()
{
    const Meeting m = meeting();
    const Id body = m.bodyId;
    m_noticeNote->setText(MeetingDisplay::notice(
        m,
        m_noticeDays.contains(body) ? std::optional<int>(m_noticeDays.value(body)) : std::nullopt));
}

Problems MeetingDialog::problems() const
{
    return Validation::check(meeting());
}

} // namespace Coalition::Ui
