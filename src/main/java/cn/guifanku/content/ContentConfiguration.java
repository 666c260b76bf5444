package cn.guifanku.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The standards repository: a local bare repository (single node), or, with {@code guifanku.content.remote.url}, a
 * local clone of the Git server that every node shares (see {@link RemoteContentRepository}).
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean(destroyMethod = "close")
    ContentRepository contentRepository(ContentProperties properties, RemoteProperties remote,
                                        org.springframework.beans.factory.ObjectProvider<TagSigner> signer) {
        GitContentRepository local = new GitContentRepository(properties.repository(), signer.getIfAvailable());
        if (!remote.enabled()) {
            return local;
        }
        return new RemoteContentRepository(local, new RemoteSync(local.repository(), remote));
    }
}
