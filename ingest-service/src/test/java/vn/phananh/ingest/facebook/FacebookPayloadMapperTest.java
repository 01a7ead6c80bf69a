package vn.phananh.ingest.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.AttachmentType;
import vn.phananh.avro.ChangeType;
import vn.phananh.avro.Channel;
import vn.phananh.avro.RawFeedback;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.publishing.Intake;
import vn.phananh.ingest.support.Fixtures;
import vn.phananh.schema.FeedbackIds;
import vn.phananh.web.ProblemType;

class FacebookPayloadMapperTest {

    private static final String PAGE = "104729385610293";
    private static final Instant NOW = Instant.parse("2024-11-27T10:00:00Z");

    private final FacebookPayloadMapper mapper = new FacebookPayloadMapper(
            id -> PAGE.equals(id) ? Optional.of("xa-hung-cuong") : Optional.empty());

    private List<Intake> map(String fixture) {
        return mapper.map(Fixtures.json(fixture), NOW);
    }

    private List<Intake> mapJson(String json) {
        return mapper.map(JsonMapper.builder().build().readTree(json), NOW);
    }

    private static RawFeedback feedback(Intake intake) {
        assertThat(intake).isInstanceOf(Intake.Feedback.class);
        return ((Intake.Feedback) intake).value();
    }

    private static String id(String externalId) {
        return FeedbackIds.of(Channel.FACEBOOK, PAGE, externalId);
    }

    @Test
    void mapsATopLevelComment() {
        List<Intake> items = map("facebook-feed-comment-minimal.json");

        assertThat(items).hasSize(1);
        RawFeedback f = feedback(items.getFirst());
        assertThat(f.getFeedbackId()).isEqualTo(id("122145556677889900_987654321012345"));
        assertThat(f.getUnitCode()).isEqualTo("xa-hung-cuong");
        assertThat(f.getChannel()).isEqualTo(Channel.FACEBOOK);
        assertThat(f.getSourceAccount()).isEqualTo(PAGE);
        assertThat(f.getExternalId()).isEqualTo("122145556677889900_987654321012345");
        assertThat(f.getThreadId()).isEqualTo("104729385610293_122145556677889900");
        assertThat(f.getParentId()).isEqualTo("104729385610293_122145556677889900");
        assertThat(f.getChange()).isEqualTo(ChangeType.ADD);
        assertThat(f.getAuthor().getId()).isEqualTo("7391827364519283");
        assertThat(f.getAuthor().getDisplayName()).isEqualTo("Nguyễn Văn An");
        assertThat(f.getAuthor().getAnonymous()).isFalse();
        assertThat(f.getText()).isEqualTo("Đèn đường ở kiệt 45 Lê Duẩn bị hỏng 3 ngày nay.");
        assertThat(f.getOccurredAt()).isEqualTo(Instant.ofEpochSecond(1732699990));
        assertThat(f.getReceivedAt()).isEqualTo(NOW);
        assertThat(f.getSourceEvent()).isEqualTo("feed/comment/add");
    }

    @Test
    void mapsCommentReplyEditAndRemovalAndSkipsTheReaction() {
        List<Intake> items = map("facebook-feed-comment-full.json");

        assertThat(items).hasSize(5);
        RawFeedback comment = feedback(items.get(0));
        RawFeedback reply = feedback(items.get(1));
        RawFeedback edit = feedback(items.get(3));
        RawFeedback removal = feedback(items.get(4));
        assertThat(items.get(2)).isEqualTo(new Intake.Skipped("unsupported-item"));
        assertThat(comment.getText()).isEqualTo("Rác tồn đọng ở chợ Hàn 😡 đề nghị xử lý gấp!");
        assertThat(comment.getAttributes()).containsEntry("permalink",
                "https://www.facebook.com/104729385610293/posts/122145556677889900");
        assertThat(reply.getParentId()).isEqualTo("122145556677889900_1122334455667788");
        assertThat(reply.getAuthor().getDisplayName()).isEqualTo("Trần Thị Bình");
        assertThat(edit.getFeedbackId()).isEqualTo(comment.getFeedbackId());
        assertThat(edit.getChange()).isEqualTo(ChangeType.EDIT);
        assertThat(edit.getText()).isEqualTo("Rác tồn đọng ở chợ Hàn, đề nghị xử lý gấp!");
        assertThat(removal.getFeedbackId()).isEqualTo(reply.getFeedbackId());
        assertThat(removal.getChange()).isEqualTo(ChangeType.REMOVE);
        assertThat(removal.getText()).isEmpty();
        assertThat(removal.getAuthor().getDisplayName()).isNull();
    }

    @Test
    void mapsVisitorPostsPhotoEditAndRemoval() {
        List<Intake> items = map("facebook-feed-post-full.json");

        assertThat(items).hasSize(3);
        RawFeedback photo = feedback(items.get(0));
        assertThat(photo.getFeedbackId()).isEqualTo(id("104729385610293_122145556700112233"));
        assertThat(photo.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AttachmentType.IMAGE);
            assertThat(a.getUrl()).isEqualTo("https://scontent.xx.fbcdn.net/v/t39.30808-6/465000000_n.jpg");
        });
        assertThat(photo.getAttributes()).containsEntry("photoId", "122145556700000001");
        assertThat(photo.getParentId()).isNull();
        RawFeedback edited = feedback(items.get(1));
        assertThat(edited.getChange()).isEqualTo(ChangeType.EDIT);
        assertThat(edited.getFeedbackId()).isEqualTo(feedback(map("facebook-feed-post-minimal.json").getFirst()).getFeedbackId());
        RawFeedback removed = feedback(items.get(2));
        assertThat(removed.getChange()).isEqualTo(ChangeType.REMOVE);
        assertThat(removed.getFeedbackId()).isEqualTo(id("104729385610293_122145556688990011"));
        assertThat(removed.getSourceEvent()).isEqualTo("feed/post/remove");
    }

    @Test
    void mapsMessengerMessagesWithAttachmentsRepliesAndQuickReplies() {
        List<Intake> items = map("facebook-messenger-message-full.json");

        assertThat(items).hasSize(3);
        RawFeedback image = feedback(items.get(0));
        assertThat(image.getFeedbackId()).isEqualTo(id("m_DeF456img"));
        assertThat(image.getText()).isEmpty();
        assertThat(image.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo(AttachmentType.IMAGE);
            assertThat(a.getUrl()).startsWith("https://scontent.xx.fbcdn.net/v/t1.15752-9/465111111_n.jpg");
        });
        assertThat(image.getThreadId()).isEqualTo("2719384756102938");
        assertThat(image.getOccurredAt()).isEqualTo(Instant.ofEpochMilli(1732702100300L));
        RawFeedback reply = feedback(items.get(1));
        assertThat(reply.getParentId()).isEqualTo("m_DeF456img");
        assertThat(reply.getText()).startsWith("Ảnh trên chụp lúc 7h sáng");
        assertThat(feedback(items.get(2)).getAttributes()).isEqualTo(Map.of("quickReply", "CATEGORY_TRAFFIC"));
    }

    @Test
    void mapsAMinimalMessengerMessage() {
        RawFeedback f = feedback(map("facebook-messenger-message-minimal.json").getFirst());

        assertThat(f.getFeedbackId()).isEqualTo(id("m_AbC123xyz-minimal"));
        assertThat(f.getAuthor().getId()).isEqualTo("2719384756102938");
        assertThat(f.getText()).isEqualTo("Xin chào, tôi muốn phản ánh về tiếng ồn.");
        assertThat(f.getSourceEvent()).isEqualTo("messages");
    }

    @Test
    void skipsThePagesOwnCommentsAndMessengerEchoes() {
        List<Intake> items = mapJson("""
                {"object":"page","entry":[{"id":"104729385610293","time":1,
                 "changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1_2","post_id":"1_1",
                   "from":{"id":"104729385610293","name":"UBND"},"message":"Đã tiếp nhận"}}],
                 "messaging":[{"sender":{"id":"104729385610293"},"recipient":{"id":"9"},"timestamp":1,
                   "message":{"mid":"m_echo","is_echo":true,"text":"Cảm ơn"}},
                   {"sender":{"id":"9"},"recipient":{"id":"104729385610293"},"timestamp":1,"delivery":{"mids":["m_1"]}}]}]}
                """);

        assertThat(items).containsExactly(new Intake.Skipped("page-own-activity"), new Intake.Skipped("echo"),
                new Intake.Skipped("unsupported-event"));
    }

    @Test
    void toleratesUnknownFieldsVerbsAndObjects() {
        assertThat(mapJson("""
                {"object":"page","entry":[{"id":"104729385610293","time":1,"new_thing":{"a":1},"changes":[
                  {"field":"mention","value":{"x":1}},
                  {"field":"feed","value":{"item":"comment","verb":"hide","comment_id":"1_2","post_id":"1_1","from":{"id":"5"}}}]}]}
                """)).containsExactly(new Intake.Skipped("unsupported-field"), new Intake.Skipped("unsupported-verb"));
        assertThat(mapJson("""
                {"object":"instagram","entry":[]}
                """)).containsExactly(new Intake.Skipped("unsupported-object"));
    }

    @Test
    void rejectsEntriesOfAPageNoUnitOwnsButKeepsTheOthers() {
        List<Intake> items = mapJson("""
                {"object":"page","entry":[
                  {"id":"999","time":1,"messaging":[{"sender":{"id":"5"},"timestamp":1,"message":{"mid":"m_1","text":"a"}}]},
                  {"id":"104729385610293","time":1,"messaging":[{"sender":{"id":"5"},"timestamp":1,"message":{"mid":"m_2","text":"b"}}]}]}
                """);

        assertThat(items).hasSize(2);
        assertThat(items.get(0)).asInstanceOf(type(Intake.Rejected.class))
                .extracting(Intake.Rejected::reason).isEqualTo("unknown-account");
        assertThat(feedback(items.get(1)).getExternalId()).isEqualTo("m_2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"object\":\"page\"}",
            "{\"object\":\"page\",\"entry\":{}}",
            "{\"object\":\"page\",\"entry\":[1]}",
            "{\"object\":\"page\",\"entry\":[{\"time\":1}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":{},\"changes\":[]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":\"x\"}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":[{\"field\":\"feed\",\"value\":\"x\"}]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"post_id\":\"1_1\"}}]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"status\",\"verb\":\"add\",\"post_id\":\"1_1\",\"message\":true}}]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"status\",\"verb\":\"add\",\"post_id\":\"1_1\",\"created_time\":\"hôm qua\"}}]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"messaging\":[{\"sender\":\"5\",\"message\":{\"mid\":\"m\"}}]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"messaging\":[{\"sender\":{\"id\":\"5\"},\"message\":{\"text\":\"no mid\"}}]}]}",
            "{\"object\":\"page\",\"entry\":[{\"id\":\"104729385610293\",\"messaging\":[{\"sender\":{\"id\":\"5\"},\"message\":{\"mid\":\"m\",\"attachments\":{}}}]}]}"
    })
    void refusesWrongShapes(String json) {
        assertThatThrownBy(() -> mapJson(json)).isInstanceOf(IngestException.class)
                .extracting(ex -> ((IngestException) ex).problem()).isEqualTo(ProblemType.INVALID_PAYLOAD);
    }
}
