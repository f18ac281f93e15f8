package dev.calque.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import dev.calque.calibration.Reliability;

/**
 * Reliability diagrams as a PNG, drawn with the JDK alone (Java2D and ImageIO): one panel per data
 * set, confidence across, share of findings supported up; a bar per bin of confidence, a dot at the
 * bin's mean confidence (its area grows with the bin's findings), and the diagonal a perfectly
 * calibrated checker would follow.
 */
public final class ReliabilityChart {
  /** One data set's panel. */
  public record Panel(String title, Reliability reliability) {
  }

  private static final int SIZE = 320;
  private static final int MARGIN = 48;

  private ReliabilityChart() {
  }

  public static void write(List<Panel> panels, Path file) {
    System.setProperty("java.awt.headless", "true");
    int w = panels.size() * (SIZE + MARGIN) + MARGIN;
    int h = SIZE + 2 * MARGIN + 20;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int i = 0; i < panels.size(); i++) {
      draw(g, panels.get(i), MARGIN + i * (SIZE + MARGIN), MARGIN);
    }
    g.dispose();
    try {
      ImageIO.write(img, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static void draw(Graphics2D g, Panel p, int x0, int y0) {
    Reliability r = p.reliability();
    g.setColor(Color.BLACK);
    g.drawString(String.format(Locale.ROOT, "%s: %d findings, ECE %.3f", p.title(), r.size(), r.ece()), x0, y0 - 12);
    g.setColor(new Color(0xF4F4F4));
    g.fillRect(x0, y0, SIZE, SIZE);
    g.setColor(Color.GRAY);
    g.drawRect(x0, y0, SIZE, SIZE);
    for (int t = 0; t <= 10; t += 2) {
      int x = x0 + t * SIZE / 10;
      int y = y0 + SIZE - t * SIZE / 10;
      g.drawString(String.format(Locale.ROOT, "%.1f", t / 10.0), x - 8, y0 + SIZE + 14);
      g.drawString(String.format(Locale.ROOT, "%.1f", t / 10.0), x0 - 26, y + 4);
    }
    g.drawString("confidence", x0 + SIZE / 2 - 28, y0 + SIZE + 30);
    g.drawString("supported", x0 - 44, y0 - 2);
    int max = 1;
    for (Reliability.Bin b : r.bins()) {
      max = Math.max(max, b.findings());
    }
    for (Reliability.Bin b : r.bins()) {
      if (b.findings() == 0) {
        continue;
      }
      int bx = x0 + (int) Math.round(b.from() * SIZE);
      int bw = (int) Math.round((b.to() - b.from()) * SIZE);
      int bh = (int) Math.round(b.supported() * SIZE);
      g.setColor(new Color(0x9EC5E8));
      g.fillRect(bx + 1, y0 + SIZE - bh, bw - 2, bh);
      g.setColor(new Color(0x1F5C99));
      int d = 4 + (int) Math.round(10 * Math.sqrt(b.findings() / (double) max));
      int cx = x0 + (int) Math.round(b.meanConfidence() * SIZE);
      int cy = y0 + SIZE - bh;
      g.fillOval(cx - d / 2, cy - d / 2, d, d);
    }
    g.setColor(new Color(0xC0392B));
    g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
    g.drawLine(x0, y0 + SIZE, x0 + SIZE, y0);
    g.setStroke(new BasicStroke());
  }
}
