import { createElement } from 'lwc';
import ContactMapSummary, { localDate } from 'c/contactMapSummary';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(props) {
  const element = createElement('c-contact-map-summary', { is: ContactMapSummary });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-contact-map-summary', () => {
  it('writes snapshot dates in the user locale, not as ISO dates', () => {
    expect(localDate('2026-11-19', 'en-US')).toBe('Nov 19, 2026');
    expect(localDate('2026-11-19', 'de-DE')).toBe('19.11.2026');
    expect(localDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    expect(localDate('not a date', 'en-US')).toBe('not a date');
  });

  it('shows the trend since the last snapshot with its date in the locale (en-US under jest)', async () => {
    const element = mount({
      gradeCounts: { T: 2, S: 1 },
      score: 50,
      snapshots: [
        { asOf: '2026-11-12', score: 40 },
        { asOf: '2026-11-19', score: 45 },
      ],
    });
    await flush();
    const root = element.shadowRoot;
    expect(root.querySelector('.cp-trend-text').textContent).toBe('Up 5 since Nov 19, 2026');
    expect(root.querySelector('.cp-trend').title).toBe('Nov 12, 2026: 40, Nov 19, 2026: 45');
    const counts = [...root.querySelectorAll('li.cp-count')].map((li) => li.getAttribute('aria-label'));
    expect(counts[0]).toBe('Trust: 2');
  });

  it('says so when there is no earlier score', async () => {
    const element = mount({ gradeCounts: {}, score: 10, snapshots: [] });
    await flush();
    expect(element.shadowRoot.querySelector('.cp-trend-text').textContent).toBe('No earlier score yet');
  });
});
