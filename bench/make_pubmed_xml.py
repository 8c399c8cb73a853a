#!/usr/bin/env python3
"""Writes a PubMed XML file of made-up articles, about --mb megabytes, for the
streaming benchmark (bench/pubmed_xml.sh): the shape of a PubMed baseline file
(XML declaration, DOCTYPE, one <PubmedArticleSet>, one element per line), every
seventh article without an abstract. The texts are built from the few sentences
below (written for this script); the same arguments give the same file. The
output goes to --out (a temporary file: never commit it).

usage: make_pubmed_xml.py --mb MB --out FILE
"""
import argparse

CLAIMS = [
    "We argue that community clinics reduce emergency visits, because patients are seen earlier.",
    "The results show that reminder letters raise vaccination rates.",
    "We conclude that letters are worth their cost.",
    "Patients given drug A slept longer than those given placebo (P = .02).",
    "Drug A is therefore effective for insomnia.",
    "Although screening finds tumours earlier, it does not lower mortality.",
    "Hence screening should be targeted at groups of high risk.",
    "Falls are common in care homes, and exercise cut them by a third.",
    "Since nurses saw more patients, waiting times fell in every ward.",
]

HEAD = (
    '<?xml version="1.0" ?>\n'
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    "<PubmedArticleSet>\n"
)


def article(i):
    pmid = str(10000000 + i)
    sentences = " ".join(CLAIMS[(i + k) % len(CLAIMS)] for k in range(3 + i % 4))
    abstract = "" if i % 7 == 3 else (
        "        <Abstract>\n"
        f"          <AbstractText>{sentences} (Sample {pmid}.)</AbstractText>\n"
        "        </Abstract>\n")
    return (
        "  <PubmedArticle>\n"
        '    <MedlineCitation Status="MEDLINE" Owner="NLM">\n'
        f'      <PMID Version="1">{pmid}</PMID>\n'
        '      <Article PubModel="Print">\n'
        "        <Journal><Title>Journal of Made-up Care</Title></Journal>\n"
        f"        <ArticleTitle>Made-up study &amp; trial {pmid}</ArticleTitle>\n"
        f"{abstract}"
        "        <AuthorList>\n"
        f"          <Author><LastName>Author{i % 97}</LastName><ForeName>Ana</ForeName></Author>\n"
        "        </AuthorList>\n"
        "      </Article>\n"
        "    </MedlineCitation>\n"
        "  </PubmedArticle>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    limit = int(args.mb * 1e6)
    size = 0
    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEAD)
        while size < limit:
            text = article(count)
            out.write(text)
            size += len(text)
            count += 1
        out.write("</PubmedArticleSet>\n")
    print(f"{count} articles")


if __name__ == "__main__":
    main()
