// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/pageregistry.h"

#include "pages/actiongroupspage.h"
#include "pages/coalitionspage.h"
#include "pages/dashboardpage.h"
#include "pages/governancepage.h"
#include "pages/meetingspage.h"
#include "pages/organizationspage.h"
#include "pages/peoplepage.h"
#include "pages/relationshipspage.h"
#include "pages/reportspage.h"
#include "pages/resultspage.h"
#include "pages/stagepage.h"

namespace Coalition::Ui {

namespace {

template<typename P>
PageFactory factory()
{
    return PageFactory{[](WorkspaceSession &session, QWidget *parent) -> Page * {
        return new P(session, parent);
    }};
}

} // namespace

const QList<PageFactory> &registeredPages()
{
    static const QList<PageFactory> pages = {
        factory<DashboardPage>(),  factory<StagePage>(),      factory<OrganizationsPage>(),
        factory<PeoplePage>(),     factory<CoalitionsPage>(), factory<RelationshipsPage>(),
        factory<GovernancePage>(), factory<MeetingsPage>(),   factory<ActionGroupsPage>(),
        factory<ResultsPage>(),    factory<ReportsPage>(),
    };
    return pages;
}

} // namespace Coalition::Ui
