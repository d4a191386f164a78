// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QComboBox>

#include <functional>
#include <optional>

namespace Coalition::Ui {

class OrganizationChoiceModel;

// A combo box that chooses an organization from the session's shared list
// (OrganizationChoiceModel), shown directly or through proxies that put fixed
// choices first ("None", ids of 0 or less) or leave organizations out. Fit
// for 100,000 organizations: it is sized without measuring its items, its
// lists lay out rows of one height, and typing any part of a name offers
// the organizations whose names contain it.
class OrganizationComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationComboBox)

public:
    // The shared list, and the model the combo box shows: the list itself or
    // a chain of QAbstractProxyModels over it.
    struct Choices
    {
        OrganizationChoiceModel *organizations = nullptr;
        QAbstractItemModel *model = nullptr;
    };

    explicit OrganizationComboBox(QWidget *parent = nullptr);
    ~OrganizationComboBox() override;

    // Shows the choices now.
    void setChoices(const Choices &choices);
    // Shows the choices `provide` returns once the combo box is first shown,
    // so a form built before it is needed reads no names; until then the
    // combo box holds the id it is given and lists nothing.
    void setChoicesWhenShown(std::function<Choices()> provide);
    bool hasChoices() const { return m_organizations != nullptr; }

    // The choice the text names: the current one, or the organization (or
    // fixed choice) whose name was typed, letter case aside; the first fixed
    // choice for an empty text. Nothing for a name the list does not offer.
    std::optional<Id> chosenId() const;
    // Shows the choice with this id; false, and no choice, when the list
    // does not offer it.
    bool setChosenId(Id id);
    // The row of the choice with this id, -1 when the list does not offer it.
    int rowOfId(Id id) const;
    // When set, a text that names no choice gives way to the current choice's
    // when editing ends (for filters, which always show what they apply).
    void setRevertsUnknownText(bool revert) { m_revertsUnknownText = revert; }

Q_SIGNALS:
    // The choice or the typed text changed.
    void choiceEdited();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void settleText();
    void currentRowsAboutToBeRemoved(int first, int last);

    OrganizationChoiceModel *m_organizations = nullptr;
    std::function<Choices()> m_provide;
    std::optional<Id> m_pending;
    QMetaObject::Connection m_removalWatch;
    bool m_revertsUnknownText = false;
};

} // namespace Coalition::Ui
