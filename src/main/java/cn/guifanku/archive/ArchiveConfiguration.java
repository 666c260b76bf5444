package cn.guifanku.archive;

import cn.guifanku.content.TagSigner;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The committee's key (loaded, or made on first start where allowed), the tag signer, veraPDF, the renderer version. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningProperties.class)
class ArchiveConfiguration {

    @Bean
    CommitteeKey committeeKey(SigningProperties settings, Clock clock) {
        return CommitteeKeyFile.load(settings, clock);
    }

    /** Every edition tag is signed with the committee's OpenPGP key, at the tag's time. */
    @Bean
    TagSigner tagSigner(CommitteeKey key) {
        return key::pgpSign;
    }

    @Bean
    PdfaValidation pdfaValidation() {
        return new PdfaValidation();
    }

    @Bean
    RendererVersion rendererVersion() {
        return RendererVersion.current();
    }
}
