// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// The records behind a criterion's evidence, one "Show …" button each
// (named by the record's kind and title), one under the other, so that the coordinator can open
// them on their own pages. Hidden when there are none.
class StageRecordLinks final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageRecordLinks)

public:
    explicit StageRecordLinks(QWidget *parent = nullptr);

    // At most MaxLinks buttons; the rest are named in a line below.
    static constexpr int MaxLinks = 5;

    // Checklist answers are left out: the page shows them in place.
    void setRecords(Workspace &workspace, const QList<RecordKey> &records);
    QList<RecordKey> records() const { return m_records; }
    QList<QPushButton *> buttons() const { return m_buttons; }

    // "decision “Adopt the charter”", "meeting of 10 Mar 2024": what a
    // record is, for the reader; the kind alone when it cannot be read.
    static QString describe(Workspace &workspace, const RecordKey &key);

Q_SIGNALS:
    void recordsRequested(const QList<Coalition::RecordKey> &keys);

private:
    QList<RecordKey> m_records;
    QList<QPushButton *> m_buttons;
    QVBoxLayout *m_list;
    QLabel *m_more;
};

} // namespace Coalition::Ui
