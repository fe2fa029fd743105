package candor.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for a running server on loopback (started by {@code scripts/load.sh}). Not a test:
 * it measures and prints.
 *
 * <ol>
 *   <li>Unloaded latency: one request at a time; p50 and p99.
 *   <li>Saturation (closed loop): 1, 2, 4, 8 and 16 clients each sending back to back (a refused
 *       client waits its Retry-After); the best throughput of 200s is the saturation throughput.
 *   <li>Overload (open loop): requests at a fixed arrival rate of twice the saturation, whatever
 *       the answers; latency counts from the scheduled send time (no coordinated omission). Every
 *       answer must be 200, or 429/503 with Retry-After. Run three times, with the heap read from
 *       {@code /metrics} after a full GC (requested with {@code jcmd PID GC.run}, so the server
 *       needs no admin endpoint) before the first run and after each. An unmeasured open-loop
 *       phase warms the overload path first. Each run is three open-loop segments, each followed by
 *       a closed-loop one at the best client count, so every open segment is held to the
 *       saturation measured just before and just after it (this VM's capacity drifts within minutes),
 *       and is offered twice the saturation measured just before it.
 * </ol>
 *
 * Requests are real threads: {@code concern-threads.jsonl} and {@code ../shared/eval/dev.jsonl}
 * (when present), each draft given a distinct closing line so the draft is never a cache hit (the
 * buyer's messages may be, as when a rep edits a reply). Bounded: every phase has a duration and a
 * request cap.
 *
 * <p>Usage: {@code LoadRun URL PID [--seconds S] [--max-requests N] [--runs R] [--rate REQ_PER_S | --closed CLIENTS]};
 * with {@code --rate} only the open loop at that rate, with {@code --closed} only closed loops of that
 * many clients (no saturation search, no pass/fail): for profiling one kind of load.
 */
public final class LoadRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI analyze;
  private final URI metrics;
  private final String pid;
  private final List<ObjectNode> threads;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String host;
  private final int port;
  private final AtomicInteger staleRetries = new AtomicInteger();
  private final AtomicInteger connects = new AtomicInteger();
  private final AtomicLong counter = new AtomicLong();

  LoadRun(String base, String pid, List<ObjectNode> threads) {
    this.analyze = URI.create(base + "/v1/analyze");
    this.metrics = URI.create(base + "/metrics");
    this.pid = pid;
    this.threads = threads;
    this.host = analyze.getHost();
    this.port = analyze.getPort();
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String pid = args[1];
    int seconds = 20;
    int maxRequests = 60_000;
    int runs = 3;
    double rate = 0;
    int closed = 0;
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--max-requests" -> maxRequests = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--rate" -> rate = Double.parseDouble(args[i + 1]);
        case "--closed" -> closed = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<ObjectNode> threads = new ArrayList<>();
    for (Path p : List.of(Path.of("nlp-models/src/main/resources/corpus/concern-threads.jsonl"), Path.of("../shared/eval/dev.jsonl"))) {
      if (!Files.exists(p)) {
        System.out.println("(skipping " + p + ": absent)");
        continue;
      }
      for (String line : Files.readAllLines(p)) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        ObjectNode req = JSON.createObjectNode();
        req.set("draft", n.get("draft"));
        req.set("thread", n.get("thread"));
        threads.add(req);
      }
    }
    System.out.printf("threads: %d distinct; server %s (pid %s)%n", threads.size(), base, pid);
    LoadRun load = new LoadRun(base, pid, threads);
    load.nextBody(); // build the templates before any thread asks
    if (rate > 0) load.openOnly(rate, seconds, maxRequests, runs);
    else if (closed > 0) load.closedOnly(closed, seconds, maxRequests, runs);
    else load.run(seconds, maxRequests, runs);
  }

  /** Only closed loops of a given number of clients, after the warm-up: the closed-loop counterpart of {@link #openOnly}. */
  void closedOnly(int clients, int seconds, int maxRequests, int runs) throws Exception {
    System.out.println("== warm-up");
    closedLoop(2, Math.max(5, seconds / 2), maxRequests);
    repeat(runs, clients + " clients, ", () -> closedLoop(clients, seconds, maxRequests));
  }

  /**
   * Only the open loop at a given rate, after the warm-up, with CPU use per run: for profiling the
   * overload path (e.g. under perf) without the saturation search first.
   */
  void openOnly(double rate, int seconds, int maxRequests, int runs) throws Exception {
    System.out.println("== warm-up");
    closedLoop(2, Math.max(5, seconds / 2), maxRequests);
    openLoop(rate, Math.max(3, seconds / 3), maxRequests);
    repeat(runs, "", () -> openLoop(rate, seconds, maxRequests));
  }

  /** One phase of load, returning its tally. */
  interface Phase {
    Tally run() throws Exception;
  }

  /** Runs a phase {@code runs} times, printing each run's answers, throughput, p99 and CPU use. */
  private void repeat(int runs, String label, Phase phase) throws Exception {
    for (int r = 0; r < runs; r++) {
      double[] cpu = cpuSeconds();
      Tally t = phase.run();
      System.out.printf(Locale.ROOT, "  run %d: %s200 %d, shed %d, other %d; accepted %.1f req/s, p99 %.1f ms; %s%n", r + 1,
          label, t.ok.get(), t.shed.get(), t.bad.get(), throughput(t), t.pctMs(0.99), cores(cpu, t.seconds));
    }
  }

  private static final String MARK = "@@REF@@";
  private List<byte[][]> templates;

  /**
   * The next body: a thread in turn, its draft ending with a distinct "Ref N." line. Bodies are
   * serialised once, with N spliced in, so the client spends its CPU on sending, not on JSON.
   */
  private byte[] nextBody() {
    if (templates == null) {
      List<byte[][]> t = new ArrayList<>();
      for (ObjectNode thread : threads) {
        ObjectNode req = thread.deepCopy();
        ObjectNode draft = (ObjectNode) req.get("draft");
        draft.put("text", draft.path("text").asText() + "\n\nRef " + MARK + ".");
        String json;
        try {
          json = JSON.writeValueAsString(req);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        int at = json.indexOf(MARK);
        t.add(new byte[][] {json.substring(0, at).getBytes(StandardCharsets.UTF_8),
            json.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8)});
      }
      templates = t;
    }
    long n = counter.getAndIncrement();
    byte[][] parts = templates.get((int) (n % templates.size()));
    byte[] num = Long.toString(n).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[parts[0].length + num.length + parts[1].length];
    System.arraycopy(parts[0], 0, out, 0, parts[0].length);
    System.arraycopy(num, 0, out, parts[0].length, num.length);
    System.arraycopy(parts[1], 0, out, parts[0].length + num.length, parts[1].length);
    return out;
  }

  /** One answer: status, Retry-After (or null), body. */
  record Answer(int status, String retryAfter, String body) {}

  /**
   * A minimal keep-alive HTTP/1.1 client on one socket. The JDK's HttpClient opens a connection per
   * in-flight request under open-loop load and collapses (connect timeouts) long before the server
   * does on a shared 2-core machine; a fixed set of these keeps the client cheap, as wrk does.
   */
  final class Conn implements AutoCloseable {
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;
    private boolean reused;

    Answer post(byte[] body) throws IOException {
      try {
        return exchange(body);
      } catch (EOFException e) {
        if (!reused) throw e;
        // The server closed a kept-alive connection (idle); like a browser, retry once on a new one.
        staleRetries.incrementAndGet();
        close();
        return exchange(body);
      }
    }

    private Answer exchange(byte[] body) throws IOException {
      if (socket == null) {
        socket = new Socket(host, port);
        connects.incrementAndGet();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        out = new BufferedOutputStream(socket.getOutputStream(), 16384);
        reused = false;
      }
      String head = "POST /v1/analyze HTTP/1.1\r\nHost: " + host + ":" + port
          + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String status = line();
      if (status == null) throw new EOFException("no answer");
      List<String> headers = new ArrayList<>();
      for (String h = line(); h != null && !h.isEmpty(); h = line()) headers.add(h);
      ResponseHead answer = ResponseHead.parse(status, headers);
      long length = answer.contentLength();
      boolean chunked = answer.chunked();
      boolean close = answer.close();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          buf.write(in.readNBytes(size));
          line();
        }
        for (String t = line(); t != null && !t.isEmpty(); t = line()) { }
      } else if (length >= 0) {
        buf.write(in.readNBytes((int) length));
      } else {
        buf.write(in.readAllBytes());
        close = true;
      }
      reused = true;
      if (close) close();
      return new Answer(answer.status(), answer.retryAfter(), buf.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          int n = sb.length();
          return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
        }
        sb.append((char) c);
      }
      return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() {
      try {
        if (socket != null) socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }

  /** Outcome counts and accepted latencies of one phase. */
  static final class Tally {
    final AtomicInteger ok = new AtomicInteger();
    final AtomicInteger shed = new AtomicInteger(); // 429/503 with Retry-After
    final AtomicInteger bad = new AtomicInteger(); // anything else, including transport errors
    final ConcurrentLinkedQueue<Long> okNanos = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> badSamples = new ConcurrentLinkedQueue<>();
    /** Wall time of the phase, first send to last answer. */
    volatile double seconds;

    void record(Answer res, Throwable err, long nanos) {
      if (err != null) {
        bad.incrementAndGet();
        if (badSamples.size() < 5) badSamples.add(err.toString());
      } else if (res.status() == 200) {
        ok.incrementAndGet();
        okNanos.add(nanos);
      } else if ((res.status() == 503 || res.status() == 429) && res.retryAfter() != null) {
        shed.incrementAndGet();
      } else {
        bad.incrementAndGet();
        if (badSamples.size() < 5) badSamples.add(res.status() + " " + res.body());
      }
    }

    /** Adds another phase's answers and time to this one. */
    void add(Tally other) {
      ok.addAndGet(other.ok.get());
      shed.addAndGet(other.shed.get());
      bad.addAndGet(other.bad.get());
      okNanos.addAll(other.okNanos);
      for (String b : other.badSamples) if (badSamples.size() < 5) badSamples.add(b);
      seconds += other.seconds;
    }

    double pctMs(double p) {
      long[] a = okNanos.stream().mapToLong(Long::longValue).sorted().toArray();
      if (a.length == 0) return Double.NaN;
      int i = (int) Math.ceil(p * a.length) - 1;
      return a[Math.max(0, Math.min(a.length - 1, i))] / 1e6;
    }
  }

  private Tally closedLoop(int clients, int seconds, int maxRequests) throws InterruptedException {
    Tally t = new Tally();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicInteger sent = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread w = new Thread(() -> {
        try (Conn conn = new Conn()) {
          while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
            byte[] body = nextBody();
            honourRetryAfter(send(conn, body, t, System.nanoTime()), end);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) w.join();
    t.seconds = (System.nanoTime() - (end - TimeUnit.SECONDS.toNanos(seconds))) / 1e9;
    return t;
  }

  private static double throughput(Tally t) {
    return t.ok.get() / t.seconds;
  }

  /** An open loop at {@code rate} requests/s ({@link OpenLoop}); prints the rate actually offered. */
  private Tally openLoop(double rate, int seconds, int maxRequests) throws IOException {
    Tally t = new Tally();
    int total = (int) Math.min(maxRequests, Math.round(rate * seconds));
    double offered = new OpenLoop(host, port, CONNECTIONS).run(rate, total, this::nextBody, t);
    System.out.printf(Locale.ROOT, "    offered %.1f req/s over %d connections (target %.1f)%n", offered, CONNECTIONS, rate);
    return t;
  }

  private static final int CONNECTIONS = 64;
  /** Open-loop segments per run, each between two closed-loop ones (see {@link #run}). */
  private static final int SEGMENTS = 3;

  /** Posts one body and records the answer, its latency counted from {@code since}; a failed connection is dropped. */
  private static Answer send(Conn conn, byte[] body, Tally t, long since) {
    try {
      Answer a = conn.post(body);
      t.record(a, null, System.nanoTime() - since);
      return a;
    } catch (IOException | RuntimeException e) {
      conn.close();
      t.record(null, e, 0);
      return null;
    }
  }

  /**
   * A closed-loop client told to come back later waits as long as Retry-After says (within the
   * phase), as the extension does: retrying at once made the 16-client phase a spin of refusals
   * that measured nothing and kept the JIT compiler busy (0.4-0.5 cores) before the open loop.
   */
  private static void honourRetryAfter(Answer a, long end) throws InterruptedException {
    if (a == null || a.retryAfter() == null || (a.status() != 503 && a.status() != 429)) return;
    long waitNanos;
    try {
      waitNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(a.retryAfter().trim()));
    } catch (NumberFormatException e) {
      waitNanos = TimeUnit.SECONDS.toNanos(1);
    }
    long left = end - System.nanoTime();
    if (left > 0) TimeUnit.NANOSECONDS.sleep(Math.min(waitNanos, left));
  }

  private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{([^}]*)\\}\\s+(\\S+)", Pattern.MULTILINE);

  private long heapAfterGc() throws Exception {
    for (int i = 0; i < 2; i++) {
      Process p = new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(30, TimeUnit.SECONDS);
      Thread.sleep(300);
    }
    String body = client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = HEAP.matcher(body);
    double sum = 0;
    while (m.find()) {
      if (m.group(1).contains("area=\"heap\"")) sum += Double.parseDouble(m.group(2));
    }
    return (long) sum;
  }

  /** Thread groups counted apart: JIT compiler, GC, analysis workers, Jetty's request threads. */
  private static final int GROUPS = 4;
  /** What {@link #cpuSeconds} gives: user, system, client, then the groups. */
  private static final int CPU_FIELDS = 3 + GROUPS;
  /** Per server thread (by id), its CPU ticks when last read. */
  private final Map<String, Long> lastTicks = new HashMap<>();
  /**
   * Per group, CPU ticks summed as threads are read: threads come and go (Jetty retires idle ones,
   * the JVM its spare compiler threads), so a group's total is built from each thread's own growth
   * rather than from a sum over the threads alive at the time, which drops when one ends.
   */
  private final long[] groupTicks = new long[GROUPS];

  private static int group(String thread) {
    if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) return 0;
    if (thread.startsWith("GC Thread") || thread.startsWith("VM Thread")) return 1;
    if (thread.startsWith("candor-analysis")) return 2;
    if (thread.startsWith("JettyServerThre") || thread.startsWith("qtp")) return 3;
    return -1;
  }

  /**
   * CPU seconds used so far: the server's user and system time (from /proc, Linux), this client's,
   * the server's JIT compiler and GC threads (a run that still compiles is not at steady state), and
   * its analysis workers and HTTP (Jetty) threads, which tell the analyses from the requests' handling
   * and refusals; NaN where unknown.
   */
  private double[] cpuSeconds() {
    double[] out = new double[CPU_FIELDS];
    Arrays.fill(out, Double.NaN);
    try {
      long[] ticks = ticks(Path.of("/proc/" + pid + "/stat"));
      out[0] = ticks[0] / 100.0; // utime and stime in USER_HZ (100) ticks
      out[1] = ticks[1] / 100.0;
      try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
        for (Path task : (Iterable<Path>) tasks::iterator) {
          String name;
          long[] t;
          try {
            name = Files.readString(task.resolve("comm")).strip();
            t = ticks(task.resolve("stat"));
          } catch (IOException e) {
            continue; // the thread ended
          }
          int g = group(name);
          if (g < 0) continue;
          long now = t[0] + t[1];
          Long last = lastTicks.put(task.getFileName().toString(), now);
          groupTicks[g] += last == null || last > now ? now : now - last; // a lower count: a new thread with a reused id
        }
      }
      for (int g = 0; g < GROUPS; g++) out[3 + g] = groupTicks[g] / 100.0;
    } catch (IOException | RuntimeException e) {
      // not Linux, or the server is gone: leave it unknown
    }
    out[2] = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    return out;
  }

  /** utime and stime of a /proc stat file. */
  private static long[] ticks(Path stat) throws IOException {
    String s = Files.readString(stat);
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
  }

  private String cores(double[] before, double seconds) {
    double[] now = cpuSeconds();
    double[] used = new double[now.length];
    for (int i = 0; i < now.length; i++) used[i] = now[i] - before[i];
    return coresUsed(used, seconds);
  }

  /** CPU use as cores, from CPU seconds used (as {@link #cpuSeconds}) over {@code seconds}. */
  private static String coresUsed(double[] used, double seconds) {
    return String.format(Locale.ROOT,
        "cpu: server %.2f cores (user %.2f, system %.2f; of which analysis %.2f, HTTP threads %.2f, JIT compiler %.2f, GC %.2f), client %.2f cores",
        (used[0] + used[1]) / seconds, used[0] / seconds, used[1] / seconds, used[5] / seconds, used[6] / seconds,
        used[3] / seconds, used[4] / seconds, used[2] / seconds);
  }

  void run(int seconds, int maxRequests, int runs) throws Exception {
    // The JIT compiler keeps improving the analysis code for a minute or more: measured after a
    // short warm-up, the saturation came out 10% under the same measurement three minutes later.
    System.out.println("== warm-up");
    closedLoop(4, Math.max(60, 4 * seconds), maxRequests * 4);

    System.out.println("== unloaded: one request at a time");
    Tally idle = closedLoop(1, seconds, Math.min(maxRequests, 500));
    double p99Unloaded = idle.pctMs(0.99);
    System.out.printf(Locale.ROOT, "  %d requests, p50 %.1f ms, p99 %.1f ms%n", idle.ok.get(), idle.pctMs(0.5), p99Unloaded);

    System.out.println("== closed loop (saturation)");
    double saturation = 0;
    int bestClients = 1;
    for (int clients : new int[] {1, 2, 4, 8, 16}) {
      double[] cpu = cpuSeconds();
      Tally t = closedLoop(clients, seconds, maxRequests);
      double tput = throughput(t);
      System.out.printf(Locale.ROOT, "  %d clients: %.1f req/s accepted, shed %d, errors %d, p99 %.1f ms; %s%n",
          clients, tput, t.shed.get(), t.bad.get(), t.pctMs(0.99), cores(cpu, t.seconds));
      if (tput > saturation) bestClients = clients;
      saturation = Math.max(saturation, tput);
    }
    System.out.printf(Locale.ROOT, "  saturation throughput: %.1f req/s%n", saturation);

    double rate = 2 * saturation;
    long baseline = heapAfterGc();
    System.out.printf(Locale.ROOT, "== open loop at twice the saturation (first %.1f req/s, then twice the closed loop just before each"
        + " segment), %d s per run, %d runs; heap after GC before: %.1f MiB%n", rate, seconds, runs, baseline / 1048576.0);
    // The overload path (64 connections, the Jetty threads they need, the shedding code) warms up
    // first, unmeasured, for a whole phase: with a third of one, the JIT compiler was still busy in
    // the first measured run (0.06 cores), which came out 5-10 points under the later two.
    openLoop(rate, seconds, maxRequests);
    // This VM's capacity drifts by up to 10% within minutes (the same closed loop gave 1,412 and then
    // 1,271 req/s four minutes apart; 1,190 and 1,067 one minute apart), so a run is not one long
    // open-loop phase held to a saturation measured minutes away: it is SEGMENTS open-loop segments,
    // each followed by a closed-loop segment at the best client count, and each open segment is held
    // to the mean of the two closed ones around it. The run's accepted throughput and p99 are over
    // its open segments together; the server's queue fills or drains within milliseconds of a switch.
    // Each segment is offered twice the closed loop just before it, not twice the first saturation:
    // the search keeps the best of five noisy figures, and when the VM then slowed by 10-15% a fixed
    // rate became a 2.2-2.3x overload (session 13's three failing runs), which is not the check.
    int segment = Math.max(3, seconds / SEGMENTS);
    double before = throughput(closedLoop(bestClients, segment, maxRequests));
    List<Double> closed = new ArrayList<>(List.of(before));
    boolean pass = true;
    long[] heaps = new long[runs];
    double[] acceptedPerRun = new double[runs];
    for (int r = 0; r < runs; r++) {
      Tally t = new Tally();
      double[] cpu = new double[CPU_FIELDS];
      double around = 0;
      StringBuilder segments = new StringBuilder();
      for (int k = 0; k < SEGMENTS; k++) {
        double[] cpuBefore = cpuSeconds();
        double offered = 2 * before;
        Tally open = openLoop(offered, segment, maxRequests);
        double[] cpuAfter = cpuSeconds();
        for (int i = 0; i < cpu.length; i++) cpu[i] += cpuAfter[i] - cpuBefore[i];
        t.add(open);
        double after = throughput(closedLoop(bestClients, segment, maxRequests));
        closed.add(after);
        around += (before + after) / 2 / SEGMENTS;
        segments.append(String.format(Locale.ROOT, "%s%.1f of %.0f offered [%.1f | %.1f]", k == 0 ? "" : ", ", throughput(open), offered,
            before, after));
        before = after;
      }
      heaps[r] = heapAfterGc();
      double accepted = throughput(t);
      acceptedPerRun[r] = accepted;
      double p99 = t.pctMs(0.99);
      boolean every = t.bad.get() == 0;
      boolean tputOk = accepted >= 0.9 * around;
      boolean p99Ok = p99 <= 10 * p99Unloaded;
      pass &= every && tputOk && p99Ok;
      System.out.printf(Locale.ROOT, "  run %d: sent %d, 200 %d, shed (503/429 + Retry-After) %d, other %d; accepted %.1f req/s = %.0f%% of the"
          + " saturation around it (%.1f) %s, %.0f%% of the first; accepted p50 %.1f ms p99 %.1f ms (%.1fx unloaded p99) %s;"
          + " heap after GC %.1f MiB%n",
          r + 1, t.ok.get() + t.shed.get() + t.bad.get(), t.ok.get(), t.shed.get(), t.bad.get(), accepted, 100 * accepted / around,
          around, tputOk ? "ok" : "FAIL", 100 * accepted / saturation, t.pctMs(0.5), p99, p99 / p99Unloaded,
          p99Ok ? "ok" : "FAIL", heaps[r] / 1048576.0);
      System.out.println("    segments, accepted req/s of offered [saturation before | after]: " + segments);
      System.out.println("    " + coresUsed(cpu, t.seconds));
      if (!every) System.out.println("    unexpected answers, e.g. " + t.badSamples);
    }
    double[] brackets = closed.stream().mapToDouble(Double::doubleValue).toArray();
    double highest = Math.max(saturation, Arrays.stream(brackets).max().orElse(0));
    StringBuilder shares = new StringBuilder();
    for (double acc : acceptedPerRun) {
      shares.append(shares.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f%%", 100 * acc / highest));
    }
    System.out.printf(Locale.ROOT, "== saturation (%d clients) measured %s req/s; the runs as a share of the highest (%.1f): %s%n",
        bestClients, Arrays.toString(Arrays.stream(brackets).mapToObj(x -> String.format(Locale.ROOT, "%.1f", x)).toArray()),
        highest, shares);
    // Heap: each run must end near the baseline (young-gen noise aside) and must not climb run over run.
    long slack = Math.max(8L << 20, baseline / 4);
    boolean heapOk = Arrays.stream(heaps).allMatch(h -> h <= baseline + slack) && heaps[runs - 1] <= heaps[0] + slack / 2;
    pass &= heapOk;
    System.out.printf(Locale.ROOT, "== heap after GC: baseline %.1f MiB, runs %s MiB: %s%n", baseline / 1048576.0,
        Arrays.toString(Arrays.stream(heaps).mapToObj(h -> String.format(Locale.ROOT, "%.1f", h / 1048576.0)).toArray()),
        heapOk ? "ok" : "FAIL");
    System.out.println("(closed-loop connections opened: " + connects.get() + "; kept-alive ones closed by the server and retried once: "
        + staleRetries.get() + ")");
    System.out.println(pass ? "LOAD PASS" : "LOAD FAIL");
    if (!pass) System.exit(1);
  }
}
