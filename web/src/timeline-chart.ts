// The entity's facts over time: one stacked bar per day, one colour per predicate.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { TimelineRow } from './queries';
import { predicateColour, predicateLabel } from './predicates';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export function createTimelineChart(canvas: HTMLCanvasElement): (rows: TimelineRow[]) => void {
  let chart: Chart | undefined;
  return (rows) => {
    const dates = [...new Set(rows.map((r) => r.date))].sort();
    const predicates = [...new Set(rows.map((r) => r.predicate))].sort();
    const datasets = predicates.map((p) => ({
      label: predicateLabel(p),
      backgroundColor: predicateColour(p),
      data: dates.map((d) => rows.filter((r) => r.date === d && r.predicate === p).length),
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
