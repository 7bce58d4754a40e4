import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/** The accessibility statement, in the shape UK public sector bodies publish (GOV.UK's model). */
export default function AccessibilityPage() {
  return (
    <>
      <title>Accessibility statement – ragboard</title>
      <h1 className="govuk-heading-l">Accessibility statement for ragboard</h1>
      <p className="govuk-body">
        ragboard is used by a partnership to run its improvement plan: leads update their actions each month,
        and the board reads the dashboard and reports. We want as many people as possible to be able to use
        it. You should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>do everything using just a keyboard, including the monthly update and publishing a report</li>
        <li>use it with a screen reader (including recent versions of NVDA, JAWS and VoiceOver)</li>
        <li>
          read every status as a word, never only as a colour, and read every chart’s numbers in a table
          beside it
        </li>
      </ul>

      <h2 className="govuk-heading-m">How accessible this service is</h2>
      <p className="govuk-body">
        We believe the service meets the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
        It is built on the GOV.UK Design System, whose components are tested with assistive technologies.
      </p>
      <p className="govuk-body">We know of these limits:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          The PDF board report states its language and title but is not fully tagged, so a screen reader may
          read its tables in the wrong order. The same report is available as a web page (HTML) and a Word
          document, which are fully structured: use one of those.
        </li>
        <li>
          Spreadsheets you upload to import a plan are read as they are; we cannot make their contents
          accessible.
        </li>
      </ul>

      <h2 className="govuk-heading-m">How we test</h2>
      <p className="govuk-body">
        Every change is tested automatically before it is released: every page, signed in as each role, is
        checked in a real browser with axe-core against WCAG 2.2 A and AA, and the lead’s monthly update and
        the manager’s board report are completed using only a keyboard. We also test pages by hand with a
        keyboard and at 400% zoom.
      </p>

      <h2 className="govuk-heading-m">Feedback and contact information</h2>
      <p className="govuk-body">
        If you find a problem, or need information from ragboard in a different format, contact your
        partnership manager. Tell us the web address of the page, the problem and the assistive technology you
        use, if any. We will reply within 5 working days.
      </p>

      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with
        how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
      </p>

      <h2 className="govuk-heading-m">Preparation of this statement</h2>
      <p className="govuk-body">This statement was prepared on 24 November 2026.</p>
      <p className="govuk-body">
        <Link to={paths.home()} className="govuk-link">
          Go to the dashboard
        </Link>
      </p>
    </>
  );
}
