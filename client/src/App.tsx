import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './components/AppShell.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import { SessionProvider } from './hooks/session.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { StateMessage } from './components/StateMessage.tsx';

// The editor is most of the code: load it only when a document is opened.
const DocumentPage = lazy(() => import('./pages/DocumentPage.tsx').then((module) => ({ default: module.DocumentPage })));
const PresentationPage = lazy(() => import('./pages/PresentationPage.tsx').then((module) => ({ default: module.PresentationPage })));
const RevisionPage = lazy(() => import('./revisions/RevisionPage.tsx').then((module) => ({ default: module.RevisionPage })));
const CompilationPage = lazy(() => import('./proposals/CompilationPage.tsx').then((module) => ({ default: module.CompilationPage })));
const AuditLogPage = lazy(() => import('./audit/AuditLogPage.tsx').then((module) => ({ default: module.AuditLogPage })));
const ZeroDraftImportPage = lazy(() =>
  import('./imports/ZeroDraftImportPage.tsx').then((module) => ({ default: module.ZeroDraftImportPage })),
);
const ComparePage = lazy(() => import('./compare/ComparePage.tsx').then((module) => ({ default: module.ComparePage })));
const ContributionMatrixPage = lazy(() =>
  import('./contributions/ContributionMatrixPage.tsx').then((module) => ({ default: module.ContributionMatrixPage })),
);
const BriefContributionsPage = lazy(() =>
  import('./contributions/BriefContributionsPage.tsx').then((module) => ({ default: module.BriefContributionsPage })),
);
const ParagraphHistoryPage = lazy(() =>
  import('./history/ParagraphHistoryPage.tsx').then((module) => ({ default: module.ParagraphHistoryPage })),
);
const ParticipantsPage = lazy(() => import('./participants/ParticipantsPage.tsx').then((module) => ({ default: module.ParticipantsPage })));
const NewProcessPage = lazy(() => import('./participants/NewProcessPage.tsx').then((module) => ({ default: module.NewProcessPage })));

const InvitationPage = lazy(() => import('./onboarding/InvitationPage.tsx').then((module) => ({ default: module.InvitationPage })));
const AccountPage = lazy(() => import('./account/AccountPage.tsx').then((module) => ({ default: module.AccountPage })));

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          {/* Public: the link's token is the only credential. */}
          <Route
            path="/invitations/:token"
            element={
              <Suspense fallback={<StateMessage kind="loading">Opening the invitation…</StateMessage>}>
                <InvitationPage />
              </Suspense>
            }
          />
          <Route element={<RequireAuth />}>
            {/* The room's screen: the text alone, without the app's bars. */}
            <Route
              path="documents/:id/present"
              element={
                <Suspense fallback={<StateMessage kind="loading">Opening the room's screen…</StateMessage>}>
                  <PresentationPage />
                </Suspense>
              }
            />
            <Route element={<AppShell />}>
              <Route index element={<HomePage />} />
              <Route
                path="documents/:id"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the document…</StateMessage>}>
                    <DocumentPage />
                  </Suspense>
                }
              />
              <Route
                path="documents/:id/compilation"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Compiling the proposals…</StateMessage>}>
                    <CompilationPage />
                  </Suspense>
                }
              />
              <Route
                path="documents/:id/revisions/:revisionId"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the revision…</StateMessage>}>
                    <RevisionPage />
                  </Suspense>
                }
              />
              <Route
                path="documents/:id/audit"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the audit log…</StateMessage>}>
                    <AuditLogPage />
                  </Suspense>
                }
              />
              <Route
                path="documents/:id/compare"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the comparison…</StateMessage>}>
                    <ComparePage />
                  </Suspense>
                }
              />
              <Route
                path="documents/:id/paragraphs/:pid/history"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the paragraph’s history…</StateMessage>}>
                    <ParagraphHistoryPage />
                  </Suspense>
                }
              />
              <Route
                path="imports/zero-draft"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the import…</StateMessage>}>
                    <ZeroDraftImportPage />
                  </Suspense>
                }
              />
              <Route
                path="contributions"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the contributions…</StateMessage>}>
                    <ContributionMatrixPage />
                  </Suspense>
                }
              />
              <Route
                path="documents/:id/contributions"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the brief’s contributions…</StateMessage>}>
                    <BriefContributionsPage />
                  </Suspense>
                }
              />
              <Route
                path="participants"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the participants…</StateMessage>}>
                    <ParticipantsPage />
                  </Suspense>
                }
              />
              <Route
                path="processes/new"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening the form…</StateMessage>}>
                    <NewProcessPage />
                  </Suspense>
                }
              />
              <Route
                path="account"
                element={
                  <Suspense fallback={<StateMessage kind="loading">Opening your account…</StateMessage>}>
                    <AccountPage />
                  </Suspense>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
