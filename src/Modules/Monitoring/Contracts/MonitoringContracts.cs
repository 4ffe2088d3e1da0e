namespace IpCity.Monitoring.Contracts;

/// <summary>Data element codes that other modules and forms feed (DOMAIN.md §1–2 code names).</summary>
public static class DataElements
{
    public const string ResidentPopulation = "ResidentPopulation";
    public const string Gdp = "Gdp";
    public const string PledgeFinancingAmount = "PledgeFinancingAmount";
    public const string CasesFiled = "EnforcementCasesFiled";
    public const string CasesCarriedOver = "EnforcementCasesCarriedOver";
    public const string CasesClosed = "EnforcementCasesClosed";
    public const string CasesDue = "EnforcementCasesDue";
    public const string CasesClosedInTime = "EnforcementCasesClosedInTime";
    public const string PractisingPatentAttorneys = "PractisingPatentAttorneys";
    public const string QualifiedPatentAttorneys = "QualifiedPatentAttorneys";
    public const string TrademarkAgencyStaff = "TrademarkAgencyStaff";
    public const string PatentIntensiveValueAdded = "PatentIntensiveIndustryValueAdded";
}
