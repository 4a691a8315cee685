// The entity's facts over time: one stacked bar per day of the acts (each fact's own date), one
// colour per predicate; facts with no date are counted apart in a last bar, "undated", never
// put on the day they were ingested.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { TimelineRow } from './queries';
import { predicateColour, predicateLabel } from './predicates';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The label of the bar that counts facts with no date. */
export const UNDATED = 'undated';

export function createTimelineChart(canvas: HTMLCanvasElement): (rows: TimelineRow[]) => void {
  let chart: Chart | undefined;
  return (rows) => {
    const dayOf = (r: TimelineRow) => r.factDate || UNDATED;
    const dated = [...new Set(rows.map((r) => r.factDate).filter(Boolean))].sort();
    const dates = rows.some((r) => !r.factDate) ? [...dated, UNDATED] : dated;
    const predicates = [...new Set(rows.map((r) => r.predicate))].sort();
    const datasets = predicates.map((p) => ({
      label: predicateLabel(p),
      backgroundColor: predicateColour(p),
      data: dates.map((d) => rows.filter((r) => dayOf(r) === d && r.predicate === p).length),
      maxBarThickness: 60,
    }));
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: dates, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { precision: 0 },
            title: { display: true, text: 'facts' },
          },
        },
        plugins: { legend: { position: 'right', labels: { boxWidth: 12 } } },
      },
    });
  };
}
