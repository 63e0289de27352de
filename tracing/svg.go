package tracing

// This file draws a Timeline as a Gantt chart: one row per task, running
// slices solid, waiting slices hatched and labelled with what they wait
// on, slices where the task was ready but the loop was busy in orange,
// arrows from a finishing task to the tasks it wakes, a time axis in
// seconds. Rows get thinner as tasks get more numerous (down to 2 px for
// hundreds of tasks), and a label is drawn only where it fits; every
// element keeps its details in a <title>, which viewers show on hover.
//
// Each slice carries data-task, data-kind, data-start and data-end (in
// seconds) so tests and scripts can read the chart back.

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math"
	"strings"
	"time"
)

// layout constants, in pixels
const (
	chartWidth  = 1100
	labelWidth  = 170
	plotLeft    = labelWidth + 10
	plotRight   = 40
	plotTop     = 64
	maxRowH     = 26.0
	minRowH     = 2.0
	rowsBudget  = 700.0 // total row height beyond which rows thin out
	charWidth   = 6.6   // average width of one 11px sans-serif character
	legendSpace = 46
)

type svgChart struct {
	tl    *Timeline
	w     *bufio.Writer
	rowH  float64
	scale float64 // pixels per second
	names map[int]string
	rowOf map[int]int
}

// WriteSVG writes the chart as a standalone SVG document.
func (tl *Timeline) WriteSVG(out io.Writer) error {
	w := bufio.NewWriter(out)
	newChart(tl, w).draw()
	return w.Flush()
}

// WriteHTML writes a self-contained HTML page showing the chart, with a
// tooltip that follows the pointer.
func (tl *Timeline) WriteHTML(out io.Writer) error {
	w := bufio.NewWriter(out)
	w.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>asyncscript timeline</title>
<style>
body { margin: 12px; font-family: sans-serif; background: #fff; }
#tip { position: fixed; display: none; pointer-events: none; background: #222; color: #fff;
       font: 12px/1.4 monospace; padding: 6px 8px; border-radius: 4px; white-space: pre; }
svg .slice:hover, svg .wake:hover { stroke: #000; stroke-width: 1.5; }
</style></head><body>
`)
	newChart(tl, w).draw()
	w.WriteString(`<div id="tip"></div>
<script>
// Show the <title> of whatever is under the pointer at once.
const tip = document.getElementById("tip");
document.querySelector("svg").addEventListener("mousemove", (ev) => {
  let el = ev.target;
  while (el && el.tagName !== "svg" && !(el.querySelector && el.querySelector(":scope > title"))) el = el.parentNode;
  const t = el && el.querySelector && el.querySelector(":scope > title");
  if (!t) { tip.style.display = "none"; return; }
  tip.textContent = t.textContent;
  tip.style.left = (ev.clientX + 14) + "px";
  tip.style.top = (ev.clientY + 14) + "px";
  tip.style.display = "block";
});
document.querySelector("svg").addEventListener("mouseleave", () => { tip.style.display = "none"; });
</script>
</body></html>
`)
	return w.Flush()
}

func newChart(tl *Timeline, w *bufio.Writer) *svgChart {
	c := &svgChart{tl: tl, w: w, names: map[int]string{}, rowOf: map[int]int{}}
	n := len(tl.Rows)
	c.rowH = maxRowH
	if n > 0 && float64(n)*maxRowH > rowsBudget {
		c.rowH = math.Max(minRowH, math.Floor(rowsBudget/float64(n)*4)/4)
	}
	end := tl.End.Seconds()
	if end <= 0 {
		end = 0.001
	}
	c.scale = float64(chartWidth-plotLeft-plotRight) / end
	for i, r := range tl.Rows {
		c.names[r.Task] = r.Name
		c.rowOf[r.Task] = i
	}
	return c
}

func (c *svgChart) x(t time.Duration) float64 { return plotLeft + t.Seconds()*c.scale }
func (c *svgChart) rowY(i int) float64        { return plotTop + float64(i)*c.rowH }

func (c *svgChart) printf(format string, args ...any) { fmt.Fprintf(c.w, format, args...) }

func esc(s string) string { return html.EscapeString(s) }

func secs(t time.Duration) string { return fmt.Sprintf("%.3f", t.Seconds()) }

func (c *svgChart) draw() {
	height := int(math.Ceil(c.rowY(len(c.tl.Rows)))) + legendSpace
	c.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">`+"\n",
		chartWidth, height, chartWidth, height)
	c.printf(`<defs>
<pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#e3ecf7"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8aa9d1" stroke-width="2.2"/></pattern>
<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#b83227"/></marker>
</defs>
<rect width="100%%" height="100%%" fill="#ffffff"/>
<text x="10" y="20" font-size="14" font-weight="bold">asyncio timeline: %d task%s, %s s</text>
`, len(c.tl.Rows), plural(len(c.tl.Rows)), secs(c.tl.End))
	c.axis()
	for i := range c.tl.Rows {
		c.row(i)
	}
	c.arrows()
	c.legend(float64(height - legendSpace + 24))
	c.printf("</svg>\n")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// tickStep is a round step (1, 2 or 5 times a power of ten) giving about
// eight ticks over end seconds.
func tickStep(end float64) float64 {
	raw := end / 8
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

func (c *svgChart) axis() {
	end := c.tl.End.Seconds()
	if end <= 0 {
		end = 0.001
	}
	step := tickStep(end)
	bottom := c.rowY(len(c.tl.Rows))
	c.printf(`<g class="axis" stroke="#999" font-size="11">` + "\n")
	c.printf(`<line x1="%d" y1="%d" x2="%.1f" y2="%d"/>`+"\n", plotLeft, plotTop-6, c.x(c.tl.End), plotTop-6)
	decimals := 0
	for s := step; s < 1 && decimals < 6; s *= 10 {
		decimals++
	}
	for i := 0; ; i++ {
		t := float64(i) * step
		if t > end*1.0001 {
			break
		}
		x := plotLeft + t*c.scale
		c.printf(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%.1f" stroke="#e4e4e4"/>`, x, plotTop-6, x, bottom)
		c.printf(`<text x="%.1f" y="%d" text-anchor="middle" stroke="none" fill="#444">%.*fs</text>`+"\n", x, plotTop-12, decimals, t)
	}
	c.printf("</g>\n")
}

func (c *svgChart) row(i int) {
	r := &c.tl.Rows[i]
	y := c.rowY(i)
	h := c.rowH
	pad := math.Min(3, h/6)
	c.printf(`<g class="row" data-task="%s">`, esc(r.Name))
	c.printf(`<title>%s</title>`, esc(c.rowTitle(r)))
	if i%2 == 1 {
		c.printf(`<rect x="0" y="%.2f" width="%d" height="%.2f" fill="#f6f7f9"/>`, y, chartWidth, h)
	}
	if h >= 9 {
		fs := math.Min(12, h-3)
		// the task's name, then its coroutine's in grey when both fit
		name := []rune(r.Name)
		max := int(labelWidth / (fs * 0.6))
		if len(name) > max {
			name = append(name[:max-1], '…')
		}
		coro, _, _ := strings.Cut(r.Call, "(")
		if coro != "" && len(name)+len(coro)+1 <= max {
			c.printf(`<text x="%d" y="%.2f" font-size="%.1f" text-anchor="end" dominant-baseline="central">%s <tspan fill="#777">%s</tspan></text>`,
				labelWidth, y+h/2, fs, esc(string(name)), esc(coro))
		} else {
			c.printf(`<text x="%d" y="%.2f" font-size="%.1f" text-anchor="end" dominant-baseline="central">%s</text>`,
				labelWidth, y+h/2, fs, esc(string(name)))
		}
	}
	c.printf("\n")
	for _, s := range r.Slices {
		c.slice(r, s, y+pad, h-2*pad)
	}
	c.endMark(r, y, h)
	c.printf("</g>\n")
}

func (c *svgChart) rowTitle(r *Row) string {
	var b strings.Builder
	b.WriteString(r.Name)
	if r.Call != "" {
		b.WriteString(": " + r.Call)
	}
	fmt.Fprintf(&b, "\ncreated at %s s", secs(r.Created))
	if r.Parent != 0 {
		b.WriteString(" by " + c.names[r.Parent])
	}
	switch r.End {
	case Done:
		fmt.Fprintf(&b, "\ndone at %s s -> %s", secs(r.Ended), r.Result)
	case Failed:
		fmt.Fprintf(&b, "\nfailed at %s s: %s", secs(r.Ended), r.Result)
	case Cancelled:
		fmt.Fprintf(&b, "\ncancelled at %s s", secs(r.Ended))
	default:
		b.WriteString("\nstill pending at the end")
	}
	return b.String()
}

func (c *svgChart) slice(r *Row, s Slice, y, h float64) {
	x0, x1 := c.x(s.Start), c.x(s.End)
	w := x1 - x0
	if w < 1 {
		w = 1 // an instant step still shows
	}
	var title string
	switch s.Kind {
	case Pending:
		title = fmt.Sprintf("%s created, waiting for its first turn", r.Name)
	case Running:
		title = fmt.Sprintf("%s running", r.Name)
	case Waiting:
		title = fmt.Sprintf("%s waiting on %s", r.Name, s.Label)
	case Late:
		title = fmt.Sprintf("%s ready, but the loop was busy running another task", r.Name)
		if s.Label != "" {
			title = fmt.Sprintf("%s ready, but the loop was busy running %s", r.Name, s.Label)
		}
	}
	title += fmt.Sprintf("\n%s s – %s s (%s s)", secs(s.Start), secs(s.End), secs(s.End-s.Start))
	c.printf(`<rect class="slice %s" data-task="%s" data-kind="%s" data-start="%.6f" data-end="%.6f"`,
		s.Kind, esc(r.Name), s.Kind, s.Start.Seconds(), s.End.Seconds())
	switch s.Kind {
	case Pending:
		mid := y + h/2
		c.printf(` x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#b8b8b8"`, x0, mid-0.5, w, math.Max(1, h/8))
	case Running:
		c.printf(` x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#2f6fb5"`, x0, y, w, h)
	case Waiting:
		c.printf(` x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="url(#hatch)" stroke="#8aa9d1" stroke-width="0.6"`, x0, y, w, h)
	case Late:
		c.printf(` x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="#f0a04b"`, x0, y, w, h)
	}
	c.printf(`><title>%s</title></rect>`, esc(title))
	label := ""
	switch s.Kind {
	case Waiting:
		label = s.Label
	case Late:
		label = "ready, loop busy"
		if s.Label != "" {
			label = "ready, " + s.Label + " running"
		}
	}
	if label != "" && h >= 11 && float64(len([]rune(label)))*charWidth+6 <= w {
		c.printf(`<text x="%.2f" y="%.2f" font-size="11" text-anchor="middle" dominant-baseline="central" fill="#1d2b3a" pointer-events="none">%s</text>`,
			x0+w/2, y+h/2, esc(label))
	}
	c.printf("\n")
}

func (c *svgChart) endMark(r *Row, y, h float64) {
	if r.End == Create {
		return
	}
	x := c.x(r.Ended)
	mid := y + h/2
	rad := math.Max(1, math.Min(5, h/3))
	switch r.End {
	case Done:
		c.printf(`<circle class="end done" cx="%.2f" cy="%.2f" r="%.2f" fill="#2e9d50"/>`, x, mid, rad)
	case Failed:
		c.printf(`<circle class="end failed" cx="%.2f" cy="%.2f" r="%.2f" fill="#c0392b"/>`, x, mid, rad)
		if h >= 11 && x+8+float64(len(r.Result))*charWidth < chartWidth {
			c.printf(`<text x="%.2f" y="%.2f" font-size="11" dominant-baseline="central" fill="#c0392b">%s</text>`, x+8, mid, esc(r.Result))
		}
	case Cancelled:
		c.printf(`<path class="end cancelled" d="M%.2f,%.2f l%.2f,%.2f m0,%.2f l%.2f,%.2f" stroke="#777" stroke-width="1.5"/>`,
			x-rad, mid-rad, 2*rad, 2*rad, -2*rad, -2*rad, 2*rad)
	}
	c.printf("\n")
}

func (c *svgChart) arrows() {
	if len(c.tl.Arrows) == 0 {
		return
	}
	c.printf(`<g class="wakes" stroke="#b83227" stroke-width="1.3" fill="none">` + "\n")
	for _, a := range c.tl.Arrows {
		from, ok1 := c.rowOf[a.From]
		to, ok2 := c.rowOf[a.To]
		if !ok1 || !ok2 {
			continue
		}
		y1 := c.rowY(from) + c.rowH/2
		y2 := c.rowY(to) + c.rowH/2
		if y2 > y1 {
			y2 -= c.rowH / 3
		} else {
			y2 += c.rowH / 3
		}
		c.printf(`<line class="wake" data-from="%s" data-to="%s" x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" marker-end="url(#arrow)"><title>%s</title></line>`+"\n",
			esc(c.names[a.From]), esc(c.names[a.To]), c.x(a.Ready), y1, c.x(a.At), y2,
			esc(fmt.Sprintf("%s finishing at %s s wakes %s (resumed at %s s)", c.names[a.From], secs(a.Ready), c.names[a.To], secs(a.At))))
	}
	c.printf("</g>\n")
}

func (c *svgChart) legend(y float64) {
	c.printf(`<g class="legend" font-size="11">`)
	x := float64(plotLeft)
	item := func(swatch, text string) {
		c.printf(swatch, x, y-9)
		c.printf(`<text x="%.1f" y="%.1f">%s</text>`, x+24, y, text)
		x += 24 + float64(len(text))*charWidth + 20
	}
	item(`<rect x="%.1f" y="%.1f" width="18" height="12" fill="#2f6fb5"/>`, "running")
	item(`<rect x="%.1f" y="%.1f" width="18" height="12" fill="url(#hatch)" stroke="#8aa9d1" stroke-width="0.6"/>`, "waiting (on what: label, hover)")
	item(`<rect x="%.1f" y="%.1f" width="18" height="12" fill="#f0a04b"/>`, "ready, but the loop is busy elsewhere")
	c.printf(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#b83227" stroke-width="1.3" marker-end="url(#arrow)"/>`, x, y-3, x+18, y-3)
	c.printf(`<text x="%.1f" y="%.1f">a finishing task wakes another</text>`, x+24, y)
	c.printf("</g>\n")
}
