package dev.latchkey.adapters.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Predicate;

/**
 * Response bodies read with a byte limit (draft-ietf-oauth-client-id-metadata-document-02 §8.7: "stopping
 * after a maximum number of bytes and treating the response as an error if that limit is reached"). At
 * most {@code maxBytes + 1} bytes are kept; a declared {@code Content-Length} above the limit, or a
 * response that will be refused anyway (wrong status or type), is not read at all.
 */
final class ResponseBodies {

    private ResponseBodies() {}

    /** What was read. */
    sealed interface Body permits Complete, TooLarge, NotRead {}

    /** The whole body, within the limit. */
    record Complete(byte[] bytes) implements Body {}

    /** More than the limit, as declared by Content-Length or as counted while reading. */
    record TooLarge(OptionalLong declaredLength) implements Body {}

    /** The response is refused on its status or headers, so its body was not read. */
    record NotRead() implements Body {}

    /** Reads bodies of responses {@code wanted} accepts, up to {@code maxBytes}; skips the others. */
    static HttpResponse.BodyHandler<Body> handler(int maxBytes, Predicate<HttpResponse.ResponseInfo> wanted) {
        return info -> {
            if (!wanted.test(info)) {
                return new Skipping(new NotRead());
            }
            OptionalLong declared = declaredLength(info);
            if (declared.isPresent() && declared.getAsLong() > maxBytes) {
                return new Skipping(new TooLarge(declared));
            }
            return new Bounded(maxBytes);
        };
    }

    private static OptionalLong declaredLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length");
        } catch (NumberFormatException malformed) {
            // The client itself rejects a malformed length while reading; leave the count to Bounded.
            return OptionalLong.empty();
        }
    }

    /** Cancels the body at once: nothing of it is read. */
    private static final class Skipping implements HttpResponse.BodySubscriber<Body> {
        private final CompletableFuture<Body> result;

        Skipping(Body outcome) {
            this.result = CompletableFuture.completedFuture(outcome);
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // Cancelled: anything still in flight is dropped.
        }

        @Override
        public void onError(Throwable throwable) {
            // The outcome is already decided.
        }

        @Override
        public void onComplete() {
            // The outcome is already decided.
        }
    }

    /** Keeps up to {@code maxBytes + 1} bytes, one buffer list at a time, and cancels beyond. */
    private static final class Bounded implements HttpResponse.BodySubscriber<Body> {
        private final int maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int wanted = Math.min(buffer.remaining(), maxBytes + 1 - bytes.size());
                byte[] chunk = new byte[wanted];
                buffer.get(chunk);
                bytes.write(chunk, 0, wanted);
                if (bytes.size() > maxBytes) {
                    subscription.cancel();
                    result.complete(new TooLarge(OptionalLong.empty()));
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new Complete(bytes.toByteArray()));
        }
    }
}
