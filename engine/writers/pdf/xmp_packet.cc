#include "writers/pdf/xmp_packet.h"

#include "writers/pdf/pdf_syntax.h"

namespace folio::pdf {

namespace {
std::string element(const std::string& name, const std::string& value) {
  return value.empty() ? "" : "   <" + name + ">" + xml_escape(value) + "</" + name + ">\n";
}
std::string alt(const std::string& name, const std::string& value) {
  if (value.empty()) return "";
  return "   <" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(value) + "</rdf:li></rdf:Alt></" +
         name + ">\n";
}
std::string list(const std::string& name, const std::string& kind, const std::vector<std::string>& values) {
  if (values.empty()) return "";
  std::string out = "   <" + name + "><rdf:" + kind + ">";
  for (const auto& value : values) out += "<rdf:li>" + xml_escape(value) + "</rdf:li>";
  return out + "</rdf:" + kind + "></" + name + ">\n";
}
}  // namespace

std::string xmp_packet(const XmpFields& fields) {
  std::string out =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "   <dc:format>application/pdf</dc:format>\n";
  out += alt("dc:title", fields.title);
  if (!fields.language.empty()) out += list("dc:language", "Bag", {fields.language});
  out += list("dc:creator", "Seq", fields.creators);
  out += alt("dc:description", fields.description);
  if (!fields.date.empty()) out += list("dc:date", "Seq", {fields.date});
  out += element("xmp:CreateDate", fields.create_date);
  out += element("xmp:ModifyDate", fields.create_date);
  out += element("xmp:MetadataDate", fields.create_date);
  out += element("xmp:CreatorTool", fields.creator_tool);
  out += element("pdf:Producer", fields.producer);
  out += element("pdf:Keywords", fields.keywords);
  if (fields.pdfua) out += "   <pdfuaid:part>1</pdfuaid:part>\n";
  out +=
      "  </rdf:Description>\n"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"w\"?>";
  return out;
}

}  // namespace folio::pdf
