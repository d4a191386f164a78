// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/stage.h"

#include <QSet>

#include <array>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;
class OrganizationComboBox;
class WorkspaceSession;

// Records how two organizations work together, or edits that record: the
// two organizations (any of the registry, the coalition's members listed
// first; fixed once recorded), the shared rating (level and trust), since
// when, notes, and optionally each side's own view (level, trust, a note
// and when it was given). Says in words when the two sides' views differ.
// When editing it shows the dated history of the ratings and takes a note
// and a date for the entry the change adds to it.
class RelationshipDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipDialog)

public:
    // A relationship with no id is a new one; the organizations it names, if
    // any, are chosen to start with. `members`: the coalition's members.
    RelationshipDialog(WorkspaceSession &session, const Relationship &relationship,
                       const QSet<Id> &members, QWidget *parent = nullptr);
    ~RelationshipDialog() override;

    Relationship relationship() const;
    bool isEditing() const { return m_original.id > 0; }
    // The note and date of the history entry an edit adds (editing only).
    QString historyNote() const;
    QDate changedOn() const;
    // The sentences saying how the two sides' views differ; empty when they do not.
    QString disagreementText() const;

    OrganizationComboBox *firstCombo() const { return m_first; }
    OrganizationComboBox *secondCombo() const { return m_second; }
    QComboBox *levelCombo() const { return m_level; }
    QComboBox *trustCombo() const { return m_trust; }
    OptionalDateEdit *sinceEdit() const { return m_since; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    // side 0: the first organization's view; side 1: the second's.
    QGroupBox *viewBox(int side) const { return m_sides.at(side).box; }
    QComboBox *viewLevelCombo(int side) const { return m_sides.at(side).level; }
    QComboBox *viewTrustCombo(int side) const { return m_sides.at(side).trust; }
    QLineEdit *viewNoteEdit(int side) const { return m_sides.at(side).note; }
    OptionalDateEdit *viewDateEdit(int side) const { return m_sides.at(side).on; }
    QLineEdit *historyNoteEdit() const { return m_historyNote; }
    QTreeWidget *historyView() const { return m_history; }

protected:
    Problems problems() const override;

private:
    struct Side
    {
        QGroupBox *box = nullptr;
        QComboBox *level = nullptr;
        QComboBox *trust = nullptr;
        QLineEdit *note = nullptr;
        OptionalDateEdit *on = nullptr;
    };

    QWidget *makeSides();
    void makeSide(int side);
    void fillParty(WorkspaceSession &session, OrganizationComboBox *combo, Id chosen);
    void fillHistory();
    Id chosenFirst() const;
    Id chosenSecond() const;
    QString nameOf(Id organizationId) const;
    void update();

    Workspace &m_workspace;
    WorkspaceSession &m_session;
    Relationship m_original;
    QSet<Id> m_members;
    OrganizationComboBox *m_first;
    OrganizationComboBox *m_second;
    QComboBox *m_level;
    QLabel *m_levelHint;
    QComboBox *m_trust;
    OptionalDateEdit *m_since;
    QPlainTextEdit *m_notes;
    std::array<Side, 2> m_sides;
    QWidget *m_warning;
    QLabel *m_warningText;
    QLineEdit *m_historyNote = nullptr;
    QDateEdit *m_changedOn = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace Coalition::Ui
