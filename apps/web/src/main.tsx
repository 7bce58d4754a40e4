import './app/styles.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { preparePageForAWhile } from './app/prepare-page';
import { AppProviders } from './app/providers';
import { AppRoutes } from './app/routes';
import { createQueryClient } from './lib/query-client';

// GOV.UK Frontend styles depend on these classes; set here because the CSP forbids inline script.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// The first page is shown once, whole: its chunk, its data, the session and the site's facts are
// asked for together first, rather than "Loading…" boxes replaced one by one (decision 043).
void preparePageForAWhile(queryClient, `${window.location.pathname}${window.location.search}`).then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  ),
);
