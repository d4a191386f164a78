// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/relationshipdialog.h"

#include "models/organizationchoicemodel.h"
#include "models/relationshippartymodel.h"
#include "models/relationshipstyle.h"
#include "rules/networkfigures.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organizationcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

template<typename E>
void fillWithToolTips(QComboBox *combo)
{
    fillEnumCombo<E>(combo);
    if constexpr (std::is_same_v<E, RelationshipLevel>) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemData(i,
                               RelationshipStyle::levelMeaning(
                                   static_cast<RelationshipLevel>(combo->itemData(i).toInt())),
                               Qt::ToolTipRole);
    }
}

// Where the core's problem with a view ("views[1].organization") is shown.
QString placedField(const QString &field)
{
    return field.startsWith(u"views"_s) ? u"views"_s : field;
}

} // namespace

RelationshipDialog::RelationshipDialog(WorkspaceSession &session, const Relationship &relationship,
                                       const QSet<Id> &members, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(session.workspace())
    , m_session(session)
    , m_original(relationship)
    , m_members(members)
    , m_first(new OrganizationComboBox(this))
    , m_second(new OrganizationComboBox(this))
    , m_level(new QComboBox(this))
    , m_levelHint(new QLabel(this))
    , m_trust(new QComboBox(this))
    , m_since(new OptionalDateEdit(tr("Known"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_warning(new QWidget(this))
    , m_warningText(new QLabel(m_warning))
{
    setObjectName(u"relationshipDialog"_s);
    setWindowTitle(isEditing() ? tr("Edit Relationship") : tr("Add Relationship"));

    fillParty(session, m_first, relationship.firstId);
    fillParty(session, m_second, relationship.secondId);
    for (OrganizationComboBox *combo : {m_first, m_second})
        combo->setSizePolicy(QSizePolicy::Expanding, combo->sizePolicy().verticalPolicy());
    fillWithToolTips<RelationshipLevel>(m_level);
    setComboEnum(m_level, relationship.level);
    m_level->setToolTip(tr("How closely the two work together. Each level includes the ones "
                           "before it."));
    m_levelHint->setForegroundRole(QPalette::PlaceholderText);
    fillWithToolTips<TrustLevel>(m_trust);
    setComboEnum(m_trust, relationship.trust);
    m_trust->setToolTip(tr("How far the two organizations trust each other"));
    m_since->setDefaultDate(QDate::currentDate());
    m_since->setDate(relationship.since);
    m_since->setToolTip(tr("Since when they have worked together this way"));
    m_notes->setPlainText(relationship.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What they do together, who the contacts are"));
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 4);

    // Field ids are the core's (Validation::check, RelationshipRepository).
    addField(u"first"_s, tr("&Organization:"), m_first);
    addField(u"second"_s, tr("&With:"), m_second);
    addField(u"level"_s, tr("&Level:"), m_level);
    addRow(QString(), m_levelHint);
    addField(u"trust"_s, tr("&Trust:"), m_trust);
    addField(u"since"_s, tr("&Since:"), m_since);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    addField(u"views"_s, tr("Own &views:"), makeSides());

    auto *warningIcon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_warningText->setObjectName(u"disagreement"_s);
    m_warningText->setWordWrap(true);
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    addRow(QString(), m_warning);

    if (isEditing()) {
        m_historyNote = new QLineEdit(this);
        m_historyNote->setObjectName(u"historyNote"_s);
        m_historyNote->setPlaceholderText(tr("Why the rating changed, for the history"));
        m_historyNote->setAccessibleName(tr("Note for the history"));
        m_changedOn = new QDateEdit(QDate::currentDate(), this);
        m_changedOn->setObjectName(u"changedOn"_s);
        m_changedOn->setCalendarPopup(true);
        m_changedOn->setAccessibleName(tr("Date of the change"));
        m_changedOn->setToolTip(tr("The date the history gives a changed rating"));
        auto *noteRow = new QWidget(this);
        auto *noteLayout = new QHBoxLayout(noteRow);
        noteLayout->setContentsMargins(0, 0, 0, 0);
        noteLayout->addWidget(m_historyNote, 1);
        auto *onLabel = new QLabel(tr("&dated"), noteRow);
        onLabel->setBuddy(m_changedOn);
        noteLayout->addWidget(onLabel);
        noteLayout->addWidget(m_changedOn);
        auto *noteCaption = new QLabel(tr("&Note for the history:"), this);
        noteCaption->setBuddy(m_historyNote);
        form()->addRow(noteCaption, noteRow);

        m_history = new QTreeWidget(this);
        m_history->setObjectName(u"relationshipHistory"_s);
        m_history->setAccessibleName(tr("History of the ratings"));
        m_history->setRootIsDecorated(false);
        m_history->setUniformRowHeights(true);
        m_history->setHeaderLabels(
            {tr("Date"), tr("Rating of"), tr("Level"), tr("Trust"), tr("Note")});
        m_history->setMinimumHeight(fontMetrics().lineSpacing() * 6);
        m_history->setMaximumHeight(fontMetrics().lineSpacing() * 10);
        auto *historyCaption = new QLabel(tr("&History:"), this);
        historyCaption->setBuddy(m_history);
        form()->addRow(historyCaption, m_history);
        fillHistory();
    }

    for (QComboBox *combo : {m_level, m_trust})
        connect(combo, &QComboBox::currentIndexChanged, this, &RelationshipDialog::update);
    for (OrganizationComboBox *combo : {m_first, m_second})
        connect(combo, &OrganizationComboBox::choiceEdited, this, &RelationshipDialog::update);
    connect(m_since, &OptionalDateEdit::dateChanged, this, &RelationshipDialog::update);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &RelationshipDialog::update);
    for (const Side &side : m_sides) {
        connect(side.box, &QGroupBox::toggled, this, &RelationshipDialog::update);
        connect(side.level, &QComboBox::currentIndexChanged, this, &RelationshipDialog::update);
        connect(side.trust, &QComboBox::currentIndexChanged, this, &RelationshipDialog::update);
        connect(side.note, &QLineEdit::textChanged, this, &RelationshipDialog::update);
        connect(side.on, &OptionalDateEdit::dateChanged, this, &RelationshipDialog::update);
    }
    buttons()->button(QDialogButtonBox::Ok)->setText(isEditing() ? tr("&Save") : tr("&Add"));
    setMinimumWidth(640);
    update();
    finishForm();
}

RelationshipDialog::~RelationshipDialog() = default;

void RelationshipDialog::fillParty(WorkspaceSession &session, OrganizationComboBox *combo,
                                   Id chosen)
{
    combo->setToolTip(tr("Type part of the name to find the organization. The coalition's "
                         "members come first."));
    if (isEditing()) {
        // The pair of a recorded relationship is fixed: names are all there is to show.
        combo->addItem(nameOf(chosen), chosen);
        combo->setEnabled(false);
        combo->setToolTip(tr("A relationship always joins the same two organizations: to rate "
                             "another pair, add a relationship for it."));
        return;
    }
    OrganizationChoiceModel &organizations = session.organizationChoices();
    auto *parties = new RelationshipPartyModel(m_members, combo);
    parties->setSourceModel(&organizations);
    parties->sort(0);
    combo->setChoices({&organizations, parties});
    const QString placeholder = organizations.loadError().isEmpty()
        ? tr("Choose or type an organization")
        : organizations.loadError();
    combo->setPlaceholderText(placeholder);
    combo->lineEdit()->setPlaceholderText(placeholder);
    if (chosen <= 0 || !combo->setChosenId(chosen))
        combo->setCurrentIndex(-1);
}

QWidget *RelationshipDialog::makeSides()
{
    auto *sides = new QWidget(this);
    auto *layout = new QHBoxLayout(sides);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int side = 0; side < 2; ++side) {
        makeSide(side);
        layout->addWidget(m_sides.at(side).box, 1);
    }
    sides->setToolTip(tr("Each organization may rate the relationship its own way. Record a "
                         "side's view to compare it with the other's."));
    return sides;
}

void RelationshipDialog::makeSide(int index)
{
    Side &side = m_sides[index];
    side.box = new QGroupBox(this);
    side.box->setObjectName(index == 0 ? u"firstView"_s : u"secondView"_s);
    side.box->setCheckable(true);
    side.level = new QComboBox(side.box);
    side.trust = new QComboBox(side.box);
    side.note = new QLineEdit(side.box);
    side.on = new OptionalDateEdit(tr("Known"), side.box);
    fillWithToolTips<RelationshipLevel>(side.level);
    fillWithToolTips<TrustLevel>(side.trust);
    side.note->setPlaceholderText(tr("In their words"));
    side.on->setDefaultDate(QDate::currentDate());

    const Id organizationId = index == 0 ? m_original.firstId : m_original.secondId;
    const RelationshipView *view = nullptr;
    for (const RelationshipView &candidate : std::as_const(m_original.views)) {
        if (organizationId > 0 && candidate.organizationId == organizationId)
            view = &candidate;
    }
    side.box->setChecked(view != nullptr);
    setComboEnum(side.level, view ? view->level : m_original.level);
    setComboEnum(side.trust, view ? view->trust : m_original.trust);
    if (view) {
        side.note->setText(view->note);
        side.note->setCursorPosition(0);
        side.note->setToolTip(view->note);
        side.on->setDate(view->on);
    } else {
        side.on->setDate(QDate::currentDate());
    }

    auto *form = new QFormLayout(side.box);
    form->addRow(tr("Level:"), side.level);
    form->addRow(tr("Trust:"), side.trust);
    form->addRow(tr("Note:"), side.note);
    form->addRow(tr("Given:"), side.on);
    side.level->setAccessibleName(tr("Level in this side's view"));
    side.trust->setAccessibleName(tr("Trust in this side's view"));
    side.note->setAccessibleName(tr("Note on this side's view"));
    side.on->setAccessibleName(tr("Date this side's view was given"));
}

void RelationshipDialog::fillHistory()
{
    if (!m_history)
        return;
    m_history->clear();
    const QLocale locale;
    for (qsizetype i = m_original.history.size() - 1; i >= 0; --i) {
        const RelationshipChange &change = m_original.history.at(i);
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0,
                      change.on.isValid() ? locale.toString(change.on, QLocale::ShortFormat)
                                          : tr("No date"));
        item->setText(1, change.side ? nameOf(*change.side) : tr("Both (shared rating)"));
        item->setText(2, enumLabel(change.level));
        item->setText(3, enumLabel(change.trust));
        item->setText(4, change.note);
        item->setToolTip(4, change.note);
    }
    if (m_original.history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, tr("No change recorded yet"));
        item->setFirstColumnSpanned(true);
    }
    m_history->header()->resizeSections(QHeaderView::ResizeToContents);
}

Id RelationshipDialog::chosenFirst() const
{
    return isEditing() ? m_original.firstId : m_first->chosenId().value_or(0);
}

Id RelationshipDialog::chosenSecond() const
{
    return isEditing() ? m_original.secondId : m_second->chosenId().value_or(0);
}

QString RelationshipDialog::nameOf(Id organizationId) const
{
    if (organizationId <= 0)
        return {};
    if (m_session.hasOrganizationChoices()) {
        const QString name = m_session.organizationChoices().nameOf(organizationId);
        if (!name.isEmpty())
            return name;
    }
    auto organization = m_workspace.organizations().get(organizationId);
    return organization ? organization->name : QString();
}

void RelationshipDialog::update()
{
    const QString firstName = nameOf(chosenFirst());
    const QString secondName = nameOf(chosenSecond());
    // Checkable group titles do not wrap: long names are shortened, the
    // tooltip has them whole.
    const auto title = [this](int side, const QString &name, const QString &none) {
        QGroupBox *box = m_sides.at(side).box;
        const QString full = name.isEmpty() ? none : tr("How %1 sees it").arg(name);
        box->setTitle(box->fontMetrics().elidedText(full, Qt::ElideMiddle, 200));
        box->setToolTip(full);
    };
    title(0, firstName, tr("The first organization's view"));
    title(1, secondName, tr("The other organization's view"));
    m_levelHint->setText(RelationshipStyle::levelMeaning(comboEnum<RelationshipLevel>(m_level)));
    m_levelHint->setToolTip(m_levelHint->text());
    const QString differences = disagreementText();
    m_warningText->setText(differences);
    m_warning->setVisible(!differences.isEmpty());
    revalidate();
}

QString RelationshipDialog::disagreementText() const
{
    QHash<Id, QString> names;
    for (Id id : {chosenFirst(), chosenSecond()}) {
        if (id > 0)
            names.insert(id, nameOf(id));
    }
    const QStringList sentences = NetworkEngine::disagreement(relationship(), names);
    if (sentences.isEmpty())
        return {};
    return tr("The two sides rate this relationship differently. %1").arg(sentences.join(u' '));
}

Relationship RelationshipDialog::relationship() const
{
    Relationship r = m_original;
    r.firstId = chosenFirst();
    r.secondId = chosenSecond();
    r.level = comboEnum<RelationshipLevel>(m_level);
    r.trust = comboEnum<TrustLevel>(m_trust);
    r.since = m_since->date();
    r.notes = m_notes->toPlainText().trimmed();
    r.views.clear();
    for (int index = 0; index < 2; ++index) {
        const Side &side = m_sides.at(index);
        const Id organizationId = index == 0 ? r.firstId : r.secondId;
        if (!side.box->isChecked() || organizationId <= 0)
            continue;
        RelationshipView view;
        view.organizationId = organizationId;
        view.level = comboEnum<RelationshipLevel>(side.level);
        view.trust = comboEnum<TrustLevel>(side.trust);
        view.note = side.note->text().trimmed();
        view.on = side.on->date();
        r.views.append(view);
    }
    // Views in the order of their organizations' ids, as the repository keeps them.
    std::sort(r.views.begin(), r.views.end(),
              [](const RelationshipView &a, const RelationshipView &b) {
                  return a.organizationId < b.organizationId;
              });
    return r;
}

QString RelationshipDialog::historyNote() const
{
    return m_historyNote ? m_historyNote->text().trimmed() : QString();
}

QDate RelationshipDialog::changedOn() const
{
    return m_changedOn ? m_changedOn->date() : QDate::currentDate();
}

Problems RelationshipDialog::problems() const
{
    const Relationship r = relationship();
    Problems found;
    if (!isEditing()) {
        for (const auto &[combo, field] :
             {std::pair{m_first, u"first"_s}, std::pair{m_second, u"second"_s}}) {
            const QString typed = combo->currentText().trimmed();
            if (!combo->chosenId() && !typed.isEmpty())
                found.append({field,
                              tr("“%1” is not an organization of the registry: choose one "
                                 "from the list.")
                                  .arg(typed)});
        }
    }
    for (const FieldProblem &problem : Validation::check(r))
        found.append({placedField(problem.field), problem.message});
    if (found.isEmpty()) {
        if (Status status = m_workspace.relationships().checkReferences(r); !status)
            found.append({placedField(status.error().field), status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
