package dev.latchkey.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import dev.latchkey.adapters.web.HttpClientMetadataDocuments;
import dev.latchkey.application.port.ClientMetadataDocuments;
import dev.latchkey.bootstrap.LatchkeyConfig;
import javax.inject.Singleton;

/** The outbound web adapter fetches Client ID Metadata Documents. */
@Module
public final class WebModule {

    private WebModule() {}

    @Provides
    @Singleton
    static ClientMetadataDocuments clientMetadataDocuments(LatchkeyConfig config) {
        return new HttpClientMetadataDocuments(config.options().cimdAllowPrivate());
    }
}
