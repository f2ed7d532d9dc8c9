package org.madang.disclosure.infrastructure;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The three analysers of the publication index, for both backends (so that switching to
 * Elasticsearch/OpenSearch is configuration only; those need their analysis-nori plugin):
 * <ul>
 *   <li>{@code korean}: Lucene's nori morphological analyser. Compounds are split into their
 *       parts ("discard", as Elasticsearch does by default), particles and endings dropped (서울시의 → 서울, 시; 이사하는 → 이사, 하), Hanja read
 *       as Hangul, Latin words lower-cased.</li>
 *   <li>{@code cjk}: overlapping bigrams of Hangul/Han runs: finds words nori's dictionary does not
 *       know (new place names, abbreviations) and spacing variants, at a lower weight.</li>
 *   <li>{@code english}: standard tokens, folded, lower-cased, Porter-stemmed.</li>
 * </ul>
 */
public class KoreanAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {
    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("korean").custom()
                .tokenizer(KoreanTokenizerFactory.class)
                .param("decompoundMode", "discard")
                .param("discardPunctuation", "true")
                .tokenFilter(KoreanPartOfSpeechStopFilterFactory.class)
                .tokenFilter(KoreanReadingFormFilterFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.analyzer("cjk").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class);
        context.analyzer("english").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenizer("korean_nori").type("nori_tokenizer")
                .param("decompound_mode", "discard").param("discard_punctuation", true);
        context.analyzer("korean").custom()
                .tokenizer("korean_nori")
                .tokenFilters("nori_part_of_speech", "nori_readingform", "cjk_width", "lowercase");
        context.analyzer("cjk").custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
        context.analyzer("english").custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive_stemmer", "asciifolding", "lowercase", "porter_stem");
        context.tokenFilter("english_possessive_stemmer").type("stemmer").param("language", "possessive_english");
    }
}
