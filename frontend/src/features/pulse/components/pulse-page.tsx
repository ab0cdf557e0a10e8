import { PulseAdmin } from './pulse-admin';
import { PulseQuestion } from './pulse-question';
import { PulseResults } from './pulse-results';

/** The pulse: this round's question, the results, and for HR admins the rounds' settings. */
export const PulsePage = ({ isHrAdmin }: { isHrAdmin: boolean }) => (
  <>
    <section aria-labelledby="pulse-now-heading">
      <h2 id="pulse-now-heading" className="section-title">
        This round
      </h2>
      <PulseQuestion isHrAdmin={isHrAdmin} />
    </section>
    <section className="page-section" aria-labelledby="pulse-results-heading">
      <h2 id="pulse-results-heading" className="section-title">
        Results
      </h2>
      <PulseResults />
    </section>
    {isHrAdmin ? (
      <section className="page-section" aria-labelledby="pulse-admin-heading">
        <h2 id="pulse-admin-heading" className="section-title">
          Rounds (HR admins)
        </h2>
        <PulseAdmin />
      </section>
    ) : null}
  </>
);
