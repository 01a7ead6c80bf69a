package vn.phananh.bench.running;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import vn.phananh.load.channel.ApiClient;
import vn.phananh.load.channel.Channels;
import vn.phananh.load.channel.DeskClient;
import vn.phananh.load.channel.FacebookClient;
import vn.phananh.load.channel.ZaloClient;
import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.text.VietnameseText;

/**
 * Realistic benchmark messages: corpus texts with the variations real senders add (a greeting, a
 * plea, a repeat marker, typing without diacritics), each with ids unique to the run and the
 * sequence number, on the channels of the mix in turn and the units alternately.
 */
final class BenchMessages {

    private static final List<String> OPENINGS = List.of("", "", "Kính gửi UBND, ", "Cho em hỏi, ",
            "Bà con phản ánh: ", "Ad ơi, ", "Xin phản ánh: ");
    private static final List<String> ENDINGS = List.of("", "", " Mong xã sớm xử lý.", " Cảm ơn ad.", " (lần 2)",
            " Đề nghị kiểm tra giúp.", " !!!");

    /** One message: where it goes, what it says and its ids. */
    record Message(long seq, BenchChannel channel, String unitCode, String text, String id, Instant at) {
    }

    private final String runId;
    private final List<CorpusMessage> corpus;
    private final List<BenchChannel> mix;
    private final List<String> units;

    BenchMessages(String runId, List<CorpusMessage> corpus, List<BenchChannel> mix, List<String> units) {
        this.runId = runId;
        this.corpus = List.copyOf(corpus);
        this.mix = List.copyOf(mix);
        this.units = List.copyOf(units);
    }

    Message next(long seq, Instant now) {
        BenchChannel channel = mix.get((int) (seq % mix.size()));
        String unit = units.get((int) ((seq / mix.size()) % units.size()));
        return new Message(seq, channel, unit, vary(corpus.get(ThreadLocalRandom.current().nextInt(corpus.size())).text()),
                runId + "-" + seq, now);
    }

    static String vary(String text) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String varied = OPENINGS.get(random.nextInt(OPENINGS.size())) + text + ENDINGS.get(random.nextInt(ENDINGS.size()));
        // About one sender in ten types without diacritics.
        return random.nextInt(10) == 0 ? VietnameseText.fold(varied) : varied;
    }

    static FacebookClient.FeedComment comment(Message m, String pageId) {
        String post = pageId + "_" + "900000000000001";
        return new FacebookClient.FeedComment("900000000000001_" + m.id(), post, post, "bench-" + (m.seq() % 5000),
                null, m.text(), m.at());
    }

    static FacebookClient.MessengerMessage messenger(Message m) {
        return new FacebookClient.MessengerMessage("m_" + m.id(), "bench-" + (m.seq() % 5000), m.text(), m.at());
    }

    static ZaloClient.ZaloText zalo(Message m) {
        return new ZaloClient.ZaloText(m.id(), "bench-" + (m.seq() % 5000), "bench-app-" + (m.seq() % 5000), m.text(),
                m.at());
    }

    static DeskClient.DeskRecord desk(Message m) {
        return new DeskClient.DeskRecord(m.id(), m.text(), null, null, m.at());
    }

    static ApiClient.ApiMessage api(Message m) {
        return new ApiClient.ApiMessage(m.id(), m.unitCode(), m.text(), null, m.at());
    }

    static List<String> defaultUnits() {
        return List.of(Channels.XA_HUNG_CUONG, Channels.PHUONG_THACH_THANG);
    }
}
