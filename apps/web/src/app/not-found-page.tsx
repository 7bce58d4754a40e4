import { Link } from 'react-router';
import { paths } from '../lib/paths';

export default function NotFoundPage() {
  return (
    <>
      <title>Page not found – ragboard</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link to={paths.home()} className="govuk-link">
          Go to the improvement plans
        </Link>
      </p>
    </>
  );
}
